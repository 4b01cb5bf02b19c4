// The bundled scenario's YAML as a string, so the built package carries it inside dist/ (tsc copies no .yaml files).
// The same text as default.yaml beside it, byte for byte (a test compares them): edit that file, then paste it here.
export const defaultScenarioYaml = String.raw`# switchboard's bundled demo: a morning at Acme, about five minutes at --speed 1.
# Eight customers in six languages arrive over the first three and a half minutes; between them they
# exercise every courteous habit the desk automates (docs/scenarios.md describes them one by one).
# The customer endpoint's messages are written the way real customers write: short, informal, a typo here and there.
version: 1
title: A morning at Acme

agent: {name: Alex, company: Acme, departments: [general], capacity: 6}

# Every customer arrives in general, which only Alex serves, so new chats reach the desk and no colleague.
departments:
  - {id: general, name: General}
  - {id: technical, name: Technical support}
  - {id: billing, name: Billing}

colleagues:
  # Takes Ola's transfer (E11, E24). Sam is away, so the department transfer can only go to Kim.
  - id: kim
    name: Kim
    departments: [technical]
    on_transfer: accept
    answer_after: 4s
    greeting:
      nb: "Hei, det er Kim fra teknisk support! Jeg har lest gjennom samtalen, så du trenger ikke forklare noe på nytt. Vi tar det herfra."
      en: "Hi, Kim from Technical support here! I've read through your conversation, so there's no need to repeat anything. Let's take it from here."
  - id: sam
    name: Sam
    departments: [technical]
    presence: away
    greeting:
      en: "Hi, Sam here from Technical support. I've caught up on the chat, so we can carry on right where you left off."
  # Declines Mikko's transfer: month-end in billing. The desk then offers the e-mail request and follow-up (E11).
  - id: maria
    name: Maria
    departments: [billing]
    on_transfer: decline
    answer_after: 6s

customers:
  # A login problem: a canned answer with a link, further help, the two-step close and a rating.
  - key: sarah
    name: Sarah Jones
    email: sarah.jones@example.com
    locale: en
    department: general
    page: https://acme.example/account/login
    arrive: 0:05
    script:
      - say: "Hi, I can't log in to my account. It keeps saying my password is wrong but I'm sure it's right"
      - expect:
          reply: "password|reset|link"
          timeout: 90s
          on_timeout:
            - say: "hello? still stuck on the login page"
            - expect: {reply: "password|reset|link", timeout: 2m, on_timeout: [leave]}
      - wait: 20s # opens the link and picks a new password
      - say: "ok that worked, I'm in! thanks"
      - expect:
          timeout: 3m
          on:
            - reply: "anything else|something else"
              then:
                - say: "nope, that was it. have a good one!"
            - end
      - rate: {score: 3, comment: "Quick and friendly, thanks!"}

  # No name given: skips the greeting's question about it, answers when the agent asks again.
  - key: linnea
    locale: sv
    department: general
    page: https://acme.example/orders
    arrive: 0:20
    script:
      - expect: {reply: , timeout: 60s} # the greeting, which asks her name
      - say: "hej! var är mitt paket? det skulle ha kommit i tisdags"
      - expect:
          timeout: 2m
          on:
            - reply: "vad heter du|ditt namn|kalla dig|vem pratar"
              then:
                - say: "oj, förlåt! Linnea Berg heter jag"
                - expect: {reply: "ordernum|beställning", timeout: 2m}
            - reply: "ordernum"
          on_timeout:
            - say: "hallå? är det någon där?"
      - say: "det är AC-20417"
      - expect:
          reply: "AC-20417|postnord|på väg"
          timeout: 3m
          on_timeout:
            - say: "hittar du den?"
            - expect: {reply: , timeout: 2m}
      - say: "okej, skönt att det är på väg! nej, det var allt. tack för hjälpen"
      - expect: {on: [rating_request, end], timeout: 3m}
      - rate: {score: 3, comment: "snabbt och trevligt"}

  # Goes quiet looking for an e-mail: 3m20s of silence, so the desk's idle check-in (after 3 min) fires.
  - key: zsofia
    name: Kovács Zsófia
    email: kovacs.zsofia@example.hu
    locale: hu
    department: general
    page: https://acme.example/orders/delivery
    arrive: 0:35
    script:
      - say: "Jó napot! Múlt héten rendeltem egy porszívót, és át kellene íratni a szállítási címet. Lehet még ilyet?"
      - expect:
          reply: "rendelésszám"
          timeout: 2m
          on_timeout:
            - say: "Elnézést, itt van valaki?"
            - expect: {reply: , timeout: 2m}
      - say: "Egy pillanat, megkeresem az e-mailt"
      - expect: {reply: , timeout: 60s}
      - quiet: 3m20s
      - say: "Bocsánat, hogy eltűntem, a spam mappában volt. A rendelésszám AC-20455"
      - expect: {reply: "cím", timeout: 2m}
      - say: "1117 Budapest, Fehérvári út 40. 2/5. Ide kérném"
      - expect:
          timeout: 3m
          on:
            - reply: "még valami|van még|kérdése|segíthetek még"
              then:
                - say: "Nem, ennyi volt. Köszönöm szépen a segítséget!"
            - end
      - rate: {score: 3, comment: "Nagyon türelmes és kedves volt, köszönöm!"}

  # Needs the technical department: the agent checks understanding, then transfers; Kim accepts.
  - key: ola
    name: Ola Nordmann
    email: ola.nordmann@example.no
    locale: nb
    department: general
    page: https://acme.example/support/router
    arrive: 1:00
    script:
      - say: "Hei! Ruteren min mister nettet flere ganger i timen. Har restartet den x antall ganger uten at det hjelper"
      - expect:
          reply: "stemmer det|forstått"
          timeout: 2m
          on_timeout:
            - say: "Hallo?"
            - expect: {reply: , timeout: 2m}
      - say: "Ja, det stemmer. Lampa blinker oransje når det skjer"
      - expect:
          transfer:
          then:
            - expect: {reply: , timeout: 90s} # Kim's greeting
            - say: "Supert, takk! Den blinker oransje akkurat nå"
          timeout: 3m
      - wait: 40s
      - leave

  # Chinese, written natively: on hold while the agent checks, then good news, a link and the close.
  - key: wang
    name: 王芳
    email: wang.fang@example.cn
    locale: zh
    department: general
    page: https://acme.example/zh/coffee/c300
    arrive: 1:30
    script:
      - say: "你好，我去年买的咖啡机这几天一直漏水，还在保修期内吗？"
        chars_per_second: 3
      - expect:
          timeout: 2m
          on:
            - hold:
              then:
                - say: "好的，麻烦了"
                  chars_per_second: 3
                - expect:
                    reply: "两年|免费|保修范围"
                    timeout: 4m
                    on_timeout:
                      - say: "请问查到了吗？"
                        chars_per_second: 3
                      - expect: {reply: , timeout: 2m}
            - reply: "两年|免费|保修范围"
      - say: "太好了！那我需要做些什么？"
        chars_per_second: 3
      - expect:
          timeout: 3m
          on:
            - reply: "还有其他|其他问题|还有什么"
              then:
                - say: "没有了，谢谢你！"
                  chars_per_second: 3
            - end
      - rate: {score: 3, comment: "客服很耐心，解决得很快，谢谢！"}

  # Upset, with a damaged order: understanding confirmed, a sincere apology, the choice of remedy, a follow-up.
  - key: daniel
    name: Daniel Hughes
    email: daniel.hughes@example.co.uk
    locale: en
    department: general
    page: https://acme.example/orders/AC-20391
    arrive: 2:00
    script:
      - say: "I've just opened my order and the blender jug is CRACKED. There's glass all over the box. Second time something's gone wrong with an order from you, honestly not impressed"
        chars_per_second: 9
      - expect: {reply: , timeout: 2m}
      - say: "yes. order AC-20391, and I need it for saturday"
        chars_per_second: 9
      - expect:
          reply: "replacement|refund"
          timeout: 3m
          on_timeout:
            - say: "so what are you going to do about it?"
              chars_per_second: 9
            - expect: {reply: , timeout: 2m}
      - say: "a replacement please, as long as it gets here before saturday"
        chars_per_second: 9
      - expect: {reply: , timeout: 2m}
      - say: "ok, thank you. that actually helps"
      - expect:
          timeout: 3m
          on:
            - reply: "anything else|something else"
              then:
                - say: "no, that's everything"
            - end
      - rate: {score: 2, comment: "Sorted quickly in the end, but it shouldn't have arrived broken"}

  # Billing declines the transfer: the agent takes an e-mail address and promises a follow-up within 24 hours.
  - key: mikko
    name: Mikko Virtanen
    locale: fi
    department: general
    page: https://acme.example/account/payments
    arrive: 2:30
    script:
      - say: "Moi! Tilaus AC-20388 on veloitettu kortiltani kahteen kertaan. Voitteko palauttaa toisen veloituksen?"
      - expect: {reply: "siirrän|tiimi", timeout: 2m}
      - say: "Okei, odotan"
      - expect:
          reply: "sähköpost"
          timeout: 2m
          on_timeout:
            - say: "Onko kukaan vielä paikalla?"
            - expect: {reply: , timeout: 2m}
      - say: "Joo, se on mikko.virtanen@example.fi"
      - expect: {reply: , timeout: 2m}
      - say: "Selvä, kiitos!"
      - expect:
          timeout: 3m
          on:
            - reply: "muuta|muussa"
              then:
                - say: "Ei muuta, kiitos. Hyvää päivänjatkoa!"
            - end
      - rate: {score: 2, comment: "Ystävällistä palvelua, mutta olisin toivonut asian hoituvan heti."}

  # The wrong company: the same friendliness, and an emoji only after the customer used one.
  - key: chris
    name: Chris Parker
    locale: en
    department: general
    page: https://acme.example/
    arrive: 3:15
    script:
      - say: "hi! can I change my flight to Oslo tomorrow to a later one? booking ref K7QX2M"
      - expect: {reply: "another company|other company|wrong", timeout: 2m}
      - say: "oh no, wrong tab 🙈 sorry about that!"
      - expect: {reply: , timeout: 60s}
      - leave

# The agent's side for --autopilot, typed into the desk as Alex would. The desk greets on accept by
# itself (E2, E3), so no chat starts with a typed greeting; /c lines are sent once their [markers] are filled.
autopilot:
  sarah:
    - accept
    - await_customer: {pattern: "log ?in|password", timeout: 60s}
    - wait: 4s
    - type: /c pw
      fill: {reset_link: "https://acme.example/account/reset"}
    - await_customer: {pattern: "worked|I'm in", timeout: 2m}
    - wait: 3s
    - type: /c links
      fill: {help_link: "https://help.acme.example/account"}
    - wait: 4s
    - type: /end
    - await_customer: {timeout: 90s}
    - wait: 2s
    - type: /end

  linnea:
    - accept
    - await_customer: {pattern: "paket|var är", timeout: 90s}
    - wait: 3s
    - type: /c name
    - await_customer: {pattern: "linnea|berg|heter", timeout: 90s}
    - type: /name Linnea Berg
    - wait: 2s
    - type: /c ordno
    - await_customer: {pattern: "[0-9]{4}", timeout: 2m}
    - wait: 12s # looks the order up
    - type: /c order
      fill:
        order_number: AC-20417
        order_status: "paketet blev försenat hos PostNord, men nu är det på väg igen. Det kommer till ditt utlämningsställe i morgon efter kl. 12, och du får ett sms när du kan hämta det."
    - await_customer: {timeout: 2m}
    - wait: 2s
    - type: /end now # the order-status answer already asked whether there was anything more (E18)

  zsofia:
    - accept
    - await_customer: {pattern: "cím|porszívó", timeout: 90s}
    - wait: 3s
    - type: /c ordno
    - await_customer: {pattern: "pillanat|megkeresem", timeout: 2m}
    - wait: 2s
    - type: "Persze, nyugodtan, megvárom."
    - await_customer: {pattern: "[0-9]{4}", timeout: 5m} # she is quiet for 3m20s; the desk checks in after 3 minutes
    - wait: 3s
    - type: "Köszönöm, meg is van a rendelés. Mi lenne az új szállítási cím?"
    - await_customer: {timeout: 2m}
    - wait: 5s
    - type: "Rendben, átírtam a szállítási címet. A csomag holnap indul az új címre, és a futár előtte SMS-ben jelez."
    - wait: 2s
    - type: /end
    - await_customer: {timeout: 2m}
    - wait: 2s
    - type: /end

  ola:
    - accept
    - await_customer: {pattern: "ruter|nett", timeout: 90s}
    - wait: 4s
    - type: /c check
      fill: {summary: "ruteren mister forbindelsen flere ganger i timen, også etter at du har startet den på nytt"}
    - await_customer: {pattern: "ja|stemmer", timeout: 2m}
    - wait: 3s
    - type: /transfer technical Router drops the connection several times an hour; restarts don't help, light blinks orange when it happens. Calm, has tried the basics.

  wang:
    - accept
    - await_customer: {pattern: "漏水|保修", timeout: 90s}
    - wait: 3s
    - type: /hold 2 您的购买记录和保修期限
    - wait: 100s # checks the purchase; after a minute the desk sends her a progress update (E9)
    - type: /unhold
    - wait: 2s
    - type: "查到了！您的咖啡机是去年11月购买的，还在两年保修期内。漏水属于保修范围，维修完全免费。"
    - await_customer: {pattern: "什么|怎么", timeout: 2m}
    - wait: 4s
    - type: "您只需要把咖啡机装好箱，明天快递员会上门取件，取件信息会发到您的邮箱。"
    - wait: 2s
    - type: /c links
      fill: {help_link: "https://help.acme.example/zh/repair"}
    - wait: 4s
    - type: /end
    - await_customer: {timeout: 2m}
    - wait: 2s
    - type: /end

  daniel:
    - accept
    - await_customer: {pattern: "crack|broken|jug", timeout: 90s}
    - wait: 5s
    - type: /c check
      fill: {summary: "your blender arrived with the glass jug cracked"}
    - await_customer: {timeout: 2m}
    - wait: 3s
    - type: /c sorry
    - await_customer: {pattern: "replace|refund|new one|money", timeout: 2m}
    - wait: 6s
    - type: "Of course. A new blender goes out by express today and will be with you on Friday, well before Saturday. There's no need to send the broken one back – just be careful with the glass."
    - wait: 3s
    - type: /followup tomorrow check that the replacement blender for AC-20391 is on its way # E20: within 24 h
    - await_customer: {timeout: 2m}
    - wait: 2s
    - type: /end
    - await_customer: {timeout: 2m}
    - wait: 2s
    - type: /end

  mikko:
    - accept
    - await_customer: {pattern: "veloit|AC-", timeout: 90s}
    - wait: 4s
    - type: /transfer billing Double charge on order AC-20388, customer wants the second charge refunded.
    - wait: 15s # Maria declines after 6s; the desk then puts the e-mail request in the composer (E11)
    - send
    - await_customer: {pattern: "@", timeout: 2m}
    - type: /email mikko.virtanen@example.fi
    - wait: 2s
    - type: /followup refund the second charge on order AC-20388 (billing could not take the chat)
    - await_customer: {timeout: 2m}
    - wait: 2s
    - type: /end
    - await_customer: {timeout: 2m}
    - wait: 2s
    - type: /end

  chris:
    - accept
    - await_customer: {pattern: "flight|booking", timeout: 90s}
    - wait: 4s
    - type: /c wrong
    - await_customer: {pattern: "sorry|wrong", timeout: 90s}
    - wait: 2s
    - type: "No worries at all – have a lovely trip! 😊"
`;
