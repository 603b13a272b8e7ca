## Peer-worker mode and embedding
page-finish-title = Finish and hand over
page-finish-intro = Give the person everything they wrote, then clear this computer.
local-services-label = Services in your area
local-services-label-named = Services from { $portal }
