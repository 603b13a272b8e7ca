## Peer-worker mode and embedding
page-finish-title = Avslutt og gje vidare
page-finish-intro = Gje personen alt som er skrive, og tøm så denne datamaskina.
local-services-label = Tenester der du bur
local-services-label-named = Tenester frå { $portal }
