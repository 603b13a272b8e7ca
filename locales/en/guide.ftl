## The guided mode
page-guide-title = Guided plan
page-guide-intro = One question at a time, in plain words. Skip any question and come back later.
