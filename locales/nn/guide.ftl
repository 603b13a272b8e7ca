## The guided mode
page-guide-title = Steg for steg
page-guide-intro = Eitt spørsmål om gongen, med enkle ord. Hopp over det du vil, og kom tilbake seinare.
