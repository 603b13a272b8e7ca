## Peer-worker mode and embedding
page-finish-title = Avslutt og gi videre
page-finish-intro = Gi personen alt som er skrevet, og tøm så denne datamaskinen.
local-services-label = Tjenester der du bor
local-services-label-named = Tjenester fra { $portal }
