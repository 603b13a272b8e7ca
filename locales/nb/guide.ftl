## The guided mode
page-guide-title = Steg for steg
page-guide-intro = Ett spørsmål om gangen, med enkle ord. Hopp over det du vil, og kom tilbake senere.
