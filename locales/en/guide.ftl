## The guided mode
page-guide-title = Guided plan
page-guide-intro = One question at a time, in plain words. Skip any question and come back later. What you write is saved on this phone or computer straight away.
guide-start = Start
guide-home-link = Step by step, one question at a time

## One question on its screen
guide-progress = Question { $number } of { $total }
guide-example-label = For example:
guide-next = Next
guide-finish = See what you wrote
guide-skip = Skip for now
guide-back = Back

## The questions: the question, why it is asked, an example, and a short name for the summary
guide-name-question = What is your name?
guide-name-explain = The name you want on your plan. It can be the name you like to be called.
guide-name-example = Sara Haugen, or just Sara.
guide-name-short = Your name
guide-matters-question = What matters most to you right now?
guide-matters-explain = This helps the people around you know what to put first.
guide-matters-example = “Seeing my daughter every week, and having a quiet place to live.”
guide-matters-short = What matters most
guide-story-question = Can you tell a little about yourself?
guide-story-explain = A few sentences, so you do not have to tell your story again and again. Write only what you want others to know.
guide-story-example = “I am 34 and grew up in Bergen. I have had times of strong anxiety since I was young. Music and long walks help me.”
guide-story-short = Your story
guide-goal-question = What is one thing you want to reach?
guide-goal-explain = A goal can be big or small. Write it the way you would say it.
guide-goal-example = “Get my own flat, so my daughter can stay with me every other weekend.”
guide-goal-short = A goal
guide-goal-add = Add another goal
guide-goal-item = Goal { $number }
guide-strength-question = What are you good at, or what already works for you?
guide-strength-explain = Your strengths count. They can be people, skills, habits or places.
guide-strength-example = “I am good with animals. My neighbour and I go fishing on Sundays.”
guide-strength-short = Your strengths
guide-strength-add = Add another strength
guide-strength-item = Strength { $number }
guide-need-question = What do you need help with?
guide-need-explain = Write what is hard right now, in your own words. This shows the services where to start.
guide-need-example = “Help with forms from NAV. Someone to talk to when I cannot sleep.”
guide-need-short = What you need help with
guide-need-add = Add something else you need help with
guide-need-item = Need { $number }
guide-helper-question = Who helps you?
guide-helper-explain = Someone you trust: family, a friend, a neighbour, or someone at a service. You can add more than one.
guide-helper-example = “Linn, my sister, 912 34 567.”
guide-helper-short = People who help you
guide-helper-add = Add another person
guide-helper-item = Person { $number }
guide-sign-question = What is the first sign that things are getting hard?
guide-sign-explain = Something you or others notice early, before it gets worse. When it is seen early, it is easier to get help in time.
guide-sign-example = “I stop answering the phone, and I sleep less than five hours a night.”
guide-sign-short = An early warning sign
guide-sign-add = Add another sign
guide-sign-item = Sign { $number }
guide-helps-question = What helps you when things get hard?
guide-helps-explain = What you can do yourself, and what others can do for you.
guide-helps-example = “A walk with my dog. Someone who talks calmly and stays with me.”
guide-helps-short = What helps you
guide-call-question = Who should be called first if you are in a crisis?
guide-call-explain = The person you want contacted first. Pick someone you have already added, or write a name. Then add their phone number.
guide-call-example = “My sister Linn, 912 34 567.”
guide-call-short = Who to call first
guide-call-add = Add the next person to call
guide-call-item = Person to call number { $number }
guide-meet-question = How should others meet you if you are in a crisis?
guide-meet-explain = Tell health workers and others what helps you feel safe, and what they should not do.
guide-meet-example = “Talk calmly and tell me what will happen. Ask before you touch me.”
guide-meet-short = How to meet you
guide-review-question = When should your plan be looked at again?
guide-review-explain = Pick a day to go through the plan with someone who helps you. Many pick a day three to six months from now.
guide-review-example = a day three months from now.
guide-review-short = When to look at the plan again

## The end of the guide
guide-summary-title = You are through the questions
guide-summary-intro = Well done. Everything you wrote is already in your plan, saved on this phone or computer. You can change it or add more at any time.
guide-summary-answered-heading = What you answered
guide-summary-answered-count = You answered { $answered } of { $total } questions. Tap a question to change your answer.
guide-summary-none-answered = You have not answered any questions yet. That is fine: you can start whenever you like.
guide-summary-skipped-heading = What you skipped
guide-summary-skipped-explain = You can answer these now or another day. Tap a question to go to it.
guide-summary-none-skipped = You answered every question.
guide-summary-next-heading = What now?
guide-summary-plan = See your whole plan
guide-summary-crisis = See your crisis plan
guide-summary-card = Your crisis card
guide-summary-share = Share your plan with someone who helps you

## issue15-peer
page-guide-intro-peer = One question at a time, in plain words. Skip any question and come back later. In helping mode what you write is kept only in this browser window, until you press Finish and take it with you.
guide-summary-intro-peer = Well done. Everything you wrote is already in your plan, in this browser window only. Before you leave, press Finish at the top to take the plan with you and clear this computer.
