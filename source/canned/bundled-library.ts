// The bundled canned responses (E12) as YAML text, so the built package carries them inside dist/ with no file to copy.
// Written natively per language, not translated line by line; each item's comment names the rules it serves.
export const BUNDLED_FILE_NAME = 'bundled';

export const bundledLibraryYaml = `# switchboard's bundled canned responses. Team and personal files override these by id.
version: 1
responses:
  # E2 E3: the agent's name and the company, the customer's name, an invitation to describe the problem.
  - id: greeting
    title: Greeting
    shortcut: hi
    category: greeting
    tags: [hello, welcome, start, introduction]
    text:
      en: |-
        Hello {{customer.name|there}}, and welcome to {{company}}! My name is {{agent.name}}. How can I help you today?
      nb: |-
        Hei {{customer.name|}}, og velkommen til {{company}}! Jeg heter {{agent.name}}. Hva kan jeg hjelpe deg med i dag?
      sv: |-
        Hej {{customer.name|}} och välkommen till {{company}}! Jag heter {{agent.name}}. Vad kan jag hjälpa dig med i dag?
      fi: |-
        Hei {{customer.name|}}, tervetuloa chattiin! Olen {{agent.name}} yrityksestä {{company}}. Miten voin auttaa sinua tänään?
      hu: |-
        Üdvözlöm, kedves {{customer.name|Ügyfelünk}}! {{company}} ügyfélszolgálat, {{agent.name}} vagyok. Miben segíthetek?
      zh: |-
        {{customer.name|}}您好，欢迎来到{{company}}在线客服！我是{{agent.name}}，很高兴为您服务。请问有什么可以帮您？

  # E3: when the name is unknown, ask for it.
  - id: ask-name
    title: Ask for the customer's name
    shortcut: name
    category: greeting
    tags: [name, introduction, personalise]
    text:
      en: |-
        Before we get started, may I have your name, so I know how to address you?
      nb: |-
        Før vi setter i gang – hva heter du, så jeg vet hva jeg skal kalle deg?
      sv: |-
        Innan vi sätter i gång – vad heter du, så att jag vet vad jag ska kalla dig?
      fi: |-
        Ennen kuin aloitamme, saisinko kysyä nimeäsi, jotta tiedän, miten voin puhutella sinua?
      hu: |-
        Mielőtt belekezdünk, megkérdezhetem a nevét, hogy tudjam, hogyan szólíthatom?
      zh: |-
        在开始之前，请问我该怎么称呼您？

  # E12 E15: a prepared answer to a common question, carrying the link the customer needs.
  - id: password-reset
    title: Password reset link
    shortcut: pw
    category: account
    tags: [password, login, sign in, reset, account, link]
    text:
      en: |-
        I can certainly help with that. You can set a new password here:
        {{reset_link?}}
        The link only works for a short while, so it's best to use it straight away. If anything gets in the way, just let me know and we'll sort it out together.
      nb: |-
        Det hjelper jeg deg gjerne med. Her kan du lage et nytt passord:
        {{reset_link?}}
        Lenken virker bare en kort stund, så det er lurt å bruke den med en gang. Hvis noe skulle stoppe opp, er det bare å si fra, så finner vi ut av det sammen.
      sv: |-
        Det hjälper jag dig gärna med. Här kan du välja ett nytt lösenord:
        {{reset_link?}}
        Länken gäller bara en kort stund, så det är bäst att använda den direkt. Om något krånglar är det bara att säga till, så löser vi det tillsammans.
      fi: |-
        Autan mielelläni. Voit asettaa uuden salasanan tästä:
        {{reset_link?}}
        Linkki on voimassa vain hetken, joten se kannattaa käyttää heti. Jos jokin takkuaa, kerro minulle, niin selvitetään asia yhdessä.
      hu: |-
        Ebben szívesen segítek. Új jelszót itt állíthat be:
        {{reset_link?}}
        A link csak rövid ideig érvényes, ezért érdemes most rögtön használni. Ha bármi elakadás lenne, szóljon nyugodtan, és együtt megoldjuk.
      zh: |-
        这个我可以帮您处理。请通过下面的链接设置新密码：
        {{reset_link?}}
        链接的有效时间较短，建议您尽快使用。如果操作中遇到任何问题，随时告诉我，我们一起解决。

  # E12: order status, step one: ask for the order number.
  - id: order-number
    title: Ask for the order number
    shortcut: ordno
    category: orders
    tags: [order, order number, delivery, tracking]
    text:
      en: |-
        I'd be happy to check on your order. Could you give me the order number? You'll find it in your order confirmation e-mail.
      nb: |-
        Jeg sjekker gjerne bestillingen din. Kan du gi meg ordrenummeret? Du finner det i ordrebekreftelsen du fikk på e-post.
      sv: |-
        Jag kollar gärna upp din beställning. Kan du ge mig ordernumret? Du hittar det i orderbekräftelsen som du fick via e-post.
      fi: |-
        Tarkistan tilauksesi mielelläni. Voisitko kertoa tilausnumeron? Löydät sen tilausvahvistuksesta, jonka sait sähköpostiisi.
      hu: |-
        Szívesen utánanézek a rendelésének. Megadná a rendelésszámot? A visszaigazoló e-mailben találja, amelyet a rendelés után kapott.
      zh: |-
        我很乐意帮您查询订单。请提供一下您的订单号好吗？您可以在订单确认邮件中找到它。

  # E12 E9: order status, step two: the agent fills in the order number and what they found.
  - id: order-status
    title: Order status
    shortcut: order
    category: orders
    tags: [order, status, delivery, tracking, shipping]
    text:
      en: |-
        Thank you for waiting! Here's the latest on order {{order_number?}}: {{order_status?}}
        Is there anything else you'd like to know about your order?
      nb: |-
        Takk for at du ventet! Her er siste nytt om ordre {{order_number?}}: {{order_status?}}
        Er det noe mer du lurer på om bestillingen?
      sv: |-
        Tack för att du väntade! Här är det senaste om order {{order_number?}}: {{order_status?}}
        Är det något mer du undrar över kring beställningen?
      fi: |-
        Kiitos odottamisesta! Tässä tilauksesi {{order_number?}} tämänhetkinen tilanne: {{order_status?}}
        Haluaisitko tietää tilauksestasi vielä jotain muuta?
      hu: |-
        Köszönöm türelmét! Rendelésének ({{order_number?}}) jelenlegi állapota: {{order_status?}}
        Szeretne még valamit tudni a rendelésével kapcsolatban?
      zh: |-
        感谢您的耐心等待！您的订单{{order_number?}}目前的状态是：{{order_status?}}
        关于这个订单，您还有其他想了解的吗？

  # E13: a sincere apology, empathy, and a concrete remedy the customer chooses (replacement or refund).
  - id: apology-remedy
    title: Apology with a choice of remedy
    shortcut: sorry
    category: complaints
    tags: [apology, complaint, refund, replacement, damaged, faulty]
    text:
      en: |-
        I'm really sorry this happened – I completely understand how frustrating it must be. I'd like to put it right for you: we can send you a replacement, or refund you in full. The choice is yours – which would you prefer?
      nb: |-
        Det er jeg virkelig lei meg for – jeg forstår godt at dette er frustrerende. Jeg vil gjerne gjøre det godt igjen: Vi kan sende deg et nytt produkt i erstatning, eller du kan få pengene tilbake. Du velger selv – hva foretrekker du?
      sv: |-
        Det är jag verkligen ledsen för – jag förstår att det är frustrerande. Jag vill gärna ställa det till rätta: vi kan skicka en ersättningsvara till dig, eller så får du pengarna tillbaka. Du väljer själv – vad föredrar du?
      fi: |-
        Olen todella pahoillani tapahtuneesta – ymmärrän hyvin, että tämä harmittaa. Haluan korjata asian: voimme lähettää sinulle korvaavan tuotteen tai palauttaa rahat kokonaan. Saat itse valita – kumpi sopisi sinulle paremmin?
      hu: |-
        Őszintén sajnálom, hogy ez történt – teljesen megértem, mennyire bosszantó. Szeretném jóvátenni: küldhetünk Önnek egy csereterméket, vagy visszatérítjük a teljes vételárat. Ön dönti el – melyiket szeretné?
      zh: |-
        非常抱歉发生这样的情况，完全理解您的心情。我们希望尽快为您弥补：可以为您免费更换新品，也可以为您全额退款，由您来选择。请问您更倾向哪一种？

  # E14: confirm understanding before advising; the agent writes the summary.
  - id: confirm-understanding
    title: Confirm understanding
    shortcut: check
    category: conversation
    tags: [understand, summary, confirm, clarify]
    text:
      en: |-
        Let me make sure I've understood you correctly. So the situation is that {{summary?}} – is that right?
      nb: |-
        La meg forsikre meg om at jeg har forstått deg riktig. Situasjonen er altså at {{summary?}} – stemmer det?
      sv: |-
        Jag vill vara säker på att jag har förstått dig rätt. Det handlar alltså om att {{summary?}} – stämmer det?
      fi: |-
        Haluan varmistaa, että ymmärsin oikein. Tilanne on siis se, että {{summary?}} – pitääkö paikkansa?
      hu: |-
        Szeretnék megbizonyosodni róla, hogy jól értem. Tehát a helyzet az, hogy {{summary?}} – így van?
      zh: |-
        我想确认一下是否理解正确：您遇到的情况是{{summary?}}，对吗？

  # E15: resources so the customer can help themselves next time.
  - id: further-help
    title: Links to further help
    shortcut: links
    category: resources
    tags: [help centre, guide, faq, link, self-service, documentation]
    text:
      en: |-
        If you'd like to read more, our help centre has step-by-step guides on this and many other topics:
        {{help_link?}}
        It's open around the clock, so next time you can find the answer whenever it suits you – and of course we're always happy to help here in the chat as well.
      nb: |-
        Vil du lese mer, finner du trinnvise veiledninger om dette og mye annet i hjelpesenteret vårt:
        {{help_link?}}
        Det er tilgjengelig døgnet rundt, så neste gang kan du finne svaret når det passer deg – og vi hjelper deg selvfølgelig gjerne her i chatten også.
      sv: |-
        Vill du läsa mer finns steg-för-steg-guider om det här och mycket annat i vårt hjälpcenter:
        {{help_link?}}
        Det finns där dygnet runt, så nästa gång kan du hitta svaret när det passar dig – och vi hjälper självklart gärna till här i chatten också.
      fi: |-
        Jos haluat lukea lisää, ohjekeskuksestamme löydät vaiheittaiset ohjeet tähän ja moneen muuhun aiheeseen:
        {{help_link?}}
        Ohjekeskus on auki ympäri vuorokauden, joten ensi kerralla löydät vastauksen juuri silloin, kun sinulle sopii – ja autamme tietysti mielellämme myös täällä chatissa.
      hu: |-
        Ha szeretne többet olvasni, súgóoldalunkon lépésről lépésre vezető útmutatókat talál erről és sok más témáról is:
        {{help_link?}}
        Éjjel-nappal elérhető, így legközelebb akkor nézhet utána, amikor Önnek kényelmes – és természetesen a chatben is mindig szívesen segítünk.
      zh: |-
        如果您想进一步了解，我们的帮助中心提供了这方面以及其他常见问题的详细操作指南：
        {{help_link?}}
        帮助中心全天候开放，下次您可以随时自助查询。当然，也欢迎您随时在这里联系我们。

  # E16 E7: no immediate solution: investigating, a time to come back by, and help with anything else meanwhile.
  - id: investigating
    title: Investigating, will come back
    shortcut: wait
    category: conversation
    tags: [investigate, look into, callback, later, no solution yet]
    text:
      en: |-
        This needs a closer look, and I want to give you an answer you can rely on. I'm looking into it now and will get back to you by {{callback_time?}} at the latest. In the meantime, is there anything else I can help you with?
      nb: |-
        Dette vil jeg se nærmere på, for jeg vil gi deg et svar du kan stole på. Jeg undersøker saken nå og kommer tilbake til deg senest {{callback_time?}}. Er det noe annet jeg kan hjelpe deg med i mellomtiden?
      sv: |-
        Det här vill jag titta närmare på, så att du får ett svar du kan lita på. Jag undersöker saken nu och återkommer till dig senast {{callback_time?}}. Finns det något annat jag kan hjälpa dig med under tiden?
      fi: |-
        Haluan selvittää tämän tarkemmin, jotta saat vastauksen, johon voit luottaa. Tutkin asiaa parhaillaan ja otan sinuun yhteyttä viimeistään {{callback_time?}}. Voinko sillä välin auttaa sinua jossakin muussa?
      hu: |-
        Ennek alaposabban utána szeretnék nézni, hogy olyan választ adhassak, amelyre biztosan számíthat. Már vizsgálom a kérdést, és legkésőbb {{callback_time?}} jelentkezem. Addig is segíthetek valami másban?
      zh: |-
        这个问题我需要进一步核实，希望给您一个准确可靠的答复。我现在就去处理，最晚会在{{callback_time?}}之前回复您。在此期间，还有其他需要我帮忙的吗？

  # E17: a chat meant for another company gets the same friendliness.
  - id: wrong-company
    title: Wrong company
    shortcut: wrong
    category: misdirected
    tags: [wrong company, other company, misdirected, redirect]
    text:
      en: |-
        Thank you for getting in touch! It sounds like your question is about another company's product or service, so their own customer service will be best placed to help you – they can look into it straight away. If there's anything about {{company}} I can help with, I'd be glad to. Have a lovely day!
      nb: |-
        Takk for at du tar kontakt! Det høres ut som spørsmålet ditt gjelder et annet selskap, og da er det deres kundeservice som kan hjelpe deg best – de kan se på saken med en gang. Lurer du på noe om {{company}}, hjelper jeg deg gjerne. Ha en fin dag!
      sv: |-
        Tack för att du hör av dig! Det låter som att din fråga gäller ett annat företag, och då är det deras kundtjänst som kan hjälpa dig bäst – de kan titta på det direkt. Undrar du något om {{company}}, hjälper jag dig gärna. Ha en fin dag!
      fi: |-
        Kiitos yhteydenotostasi! Kysymyksesi näyttää koskevan toista yritystä, joten heidän oma asiakaspalvelunsa pystyy auttamaan sinua parhaiten. Jos voin auttaa sinua jossakin meihin liittyvässä, autan mielelläni. Mukavaa päivänjatkoa!
      hu: |-
        Köszönöm, hogy megkeresett minket! Úgy tűnik, kérdése egy másik céghez tartozik, így az ő ügyfélszolgálatuk tud majd a legjobban segíteni. Ha velünk kapcsolatban van kérdése, abban szívesen segítek. További szép napot kívánok!
      zh: |-
        感谢您的咨询！您的问题似乎与另一家公司有关，建议您联系他们的客服，他们能为您提供最直接的帮助。如果有任何关于{{company}}的问题，我都很乐意为您解答。祝您生活愉快！

  # E18: before closing, ask whether there is anything else, and wait for the answer.
  - id: anything-else
    title: Anything else?
    shortcut: else
    category: closing
    tags: [anything else, wrap up, closing]
    text:
      en: |-
        Is there anything else I can help you with today?
      nb: |-
        Er det noe mer jeg kan hjelpe deg med i dag?
      sv: |-
        Finns det något mer jag kan hjälpa dig med i dag?
      fi: |-
        Voinko auttaa sinua vielä jossakin muussa?
      hu: |-
        Segíthetek még valamiben?
      zh: |-
        请问还有其他可以帮到您的吗？

  # E18 E19: say the chat is ending, thank the customer, ask for a rating from 1 to 3, wish them well.
  - id: closing
    title: Closing with feedback request
    shortcut: bye
    category: closing
    tags: [goodbye, end, rating, feedback, thanks]
    text:
      en: |-
        Thank you for chatting with us today, {{customer.name|}}! I'll close the chat now. If you have a moment, please rate our conversation from 1 to 3 – your feedback helps us get better. Take care, and have a lovely day!
      nb: |-
        Tusen takk for praten i dag, {{customer.name|}}! Nå avslutter jeg chatten. Har du et øyeblikk, setter vi stor pris på om du gir samtalen en vurdering fra 1 til 3 – det hjelper oss å bli bedre. Ha en fin dag videre!
      sv: |-
        Tack för att du chattade med oss i dag, {{customer.name|}}! Nu avslutar jag chatten. Om du har en stund får du gärna betygsätta samtalet från 1 till 3 – det hjälper oss att bli bättre. Ha en fortsatt fin dag!
      fi: |-
        Kiitos keskustelusta, {{customer.name|}}! Suljen chatin nyt. Jos sinulla on hetki aikaa, arvioi keskustelu asteikolla 1–3 – palautteesi auttaa meitä kehittymään. Oikein mukavaa päivänjatkoa!
      hu: |-
        Köszönöm a beszélgetést, {{customer.name|}}! Most lezárom a chatet. Ha van egy perce, kérem, értékelje a beszélgetést 1-től 3-ig – visszajelzése sokat segít abban, hogy még jobbak legyünk. További szép napot kívánok!
      zh: |-
        感谢您今天的咨询！本次对话即将结束。如果方便的话，请为本次服务打个分（1–3分），您的反馈能帮助我们做得更好。祝您一切顺利，生活愉快！

  # E11 E20: take an e-mail address and promise a follow-up within 24 hours, with news if it takes longer.
  - id: email-followup
    title: Ask for an e-mail to follow up
    shortcut: email
    category: follow-up
    tags: [e-mail, email, follow up, contact, transfer, callback]
    text:
      en: |-
        I want to make sure this is properly resolved, so I'll follow it up personally. Could you give me your e-mail address? We'll be in touch within 24 hours – and if it takes longer than that, I'll let you know how it's going.
      nb: |-
        Jeg vil sørge for at dette blir ordentlig løst, så jeg følger opp saken personlig. Kan du gi meg e-postadressen din? Vi tar kontakt innen 24 timer – og skulle det ta lengre tid, gir jeg deg beskjed om hvordan det går.
      sv: |-
        Jag vill se till att det här blir ordentligt löst, så jag följer upp ärendet personligen. Kan du ge mig din e-postadress? Vi hör av oss inom 24 timmar – och skulle det dröja längre än så, berättar jag hur det går.
      fi: |-
        Haluan varmistaa, että asia hoituu kunnolla, joten seuraan sitä henkilökohtaisesti. Voisitko kertoa sähköpostiosoitteesi? Olemme sinuun yhteydessä 24 tunnin kuluessa – ja jos selvittäminen kestää pidempään, kerron sinulle, miten asia etenee.
      hu: |-
        Szeretném, ha ez az ügy megnyugtatóan rendeződne, ezért személyesen követem nyomon. Megadná az e-mail-címét? 24 órán belül jelentkezünk – ha pedig ennél tovább tartana, tájékoztatom, hogyan áll az ügy.
      zh: |-
        为了确保问题得到妥善解决，我会亲自跟进。方便留一下您的邮箱地址吗？我们会在24小时内与您联系；如果需要更长时间，我也会及时告诉您进展。
`;
