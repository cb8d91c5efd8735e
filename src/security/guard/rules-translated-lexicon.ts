/**
 * Word lists shared by the translated rules (rules-translated-*.ts), one entry per language, written as regex
 * source for normalised text (NFKC, lowercase, whitespace collapsed). `nfkc` compiles a pattern after folding its
 * own source with NFKC, so Devanagari nukta letters and Bengali য় in this file match what the normaliser makes of
 * them whichever form an editor saved. Keep every entry free of unbounded quantifiers: the rules put them inside
 * bounded gaps, and `recheck` (rules.test.ts) must still find them linear.
 */

/** The languages the translated rules cover (the 17 non-English CyberSecEval languages). */
export type Lang =
  | 'es'
  | 'fr'
  | 'it'
  | 'pt'
  | 'de'
  | 'ru'
  | 'tr'
  | 'id'
  | 'tl'
  | 'vi'
  | 'zh'
  | 'ja'
  | 'ko'
  | 'hi'
  | 'bn'
  | 'ar'
  | 'th';

export type Lexicon = Readonly<Record<Lang, string>>;

/** Compiles a rule pattern from a template, NFKC-folding its source (regex syntax is ASCII, so it is untouched). */
export const nfkc = (parts: TemplateStringsArray, ...fragments: string[]): RegExp =>
  new RegExp(String.raw(parts, ...fragments).normalize('NFKC'));

/** One alternation over the given languages' entries of a lexicon. */
export const any = (lexicon: Lexicon, langs: readonly Lang[] = Object.keys(lexicon) as Lang[]): string =>
  `(?:${langs.map((lang) => lexicon[lang]).join('|')})`;

/** Passwords, passcodes and secret keys. */
export const PASSWORD: Lexicon = {
  es: String.raw`contrase[ñn]a|clave\sde\sacceso|clave\ssecreta|c[óo]digo\s(?:secreto|de\sacceso)`,
  fr: String.raw`mot\sde\spasse|code\s(?:secret|d'acc[èe]s)|cl[ée]\ssecr[èe]te|phrase\ssecr[èe]te`,
  it: String.raw`password|parola\sd'ordine|codice\s(?:segreto|d'accesso|di\saccesso)|chiave\ssegreta|passphrase`,
  pt: String.raw`senha|palavra-passe|c[óo]digo\s(?:secreto|de\sacesso)|chave\ssecreta`,
  de: String.raw`passwort|kennwort|geheimcode|zugangscode|geheimen?\scode|geheimschl[üu]ssel|geheimen?\sschl[üu]ssel`,
  ru: String.raw`парол[ьяеюи][a-zа-яё]{0,2}|секретн[а-яё]{0,4}\s(?:код|ключ)[а-яё]{0,2}|код[а-яё]{0,2}\sдоступа|кодов[а-яё]{0,3}\s(?:слово|фраз[а-яё]{0,2})`,
  tr: String.raw`[şs]ifre|parola|gizli\s(?:kod|anahtar)|eri[şs]im\skod`,
  id: String.raw`kata\ssandi|sandi|password|kode\s(?:rahasia|akses)|kunci\srahasia`,
  tl: String.raw`password|passcode|lihim\sna\s(?:code|kodigo|salita)`,
  vi: String.raw`mật\skhẩu|mã\sbí\smật|mã\struy\scập|khóa\sbí\smật`,
  zh: String.raw`(?:密码|密碼|口令|密钥|密鑰|秘钥|访问码|訪問碼)(?![学學箱锁鎖器])`,
  ja: String.raw`パスワード|暗証番号|合言葉|秘密鍵|アクセスコード|パスコード`,
  ko: String.raw`비밀번호|암호(?![화학])|패스워드|비밀\s?코드|액세스\s?코드|비밀\s?키`,
  hi: String.raw`पासवर्ड|कूटशब्द|गुप्त\sकोड|गुप्त\sकुंजी|एक्सेस\sकोड|पासकोड`,
  bn: String.raw`পাসওয়ার্ড|গোপন\sকোড|গোপন\sকী|অ্যাক্সেস\sকোড|পাসকোড`,
  ar: String.raw`كلمة\s(?:ال)?مرور[\u0621-\u064a]{0,3}|كلمة\s(?:ال)?سر[\u0621-\u064a]{0,3}|ال(?:رمز|رقم)\sالسري|رمز\sالوصول|المفتاح\sالسري`,
  th: String.raw`รหัสผ่าน|รหัสลับ|รหัสเข้าถึง|คีย์ลับ`,
};

/** Personal data an assistant may hold about its user or other people. */
export const PERSONAL: Lexicon = {
  es: String.raw`direcci[óo]n\sde\scorreo(?:\selectr[óo]nico)?|correo\selectr[óo]nico|(?:fecha|a[ñn]o|mes|d[íi]a)\sde\snacimiento|direcci[óo]n\s(?:de\s(?:casa|domicilio)|particular)|domicilio|ciudad\s(?:de\sresidencia|actual|donde\svive)|saldo\s(?:bancario|de\s(?:la\s)?cuenta)|n[úu]mero\sde\s(?:tel[ée]fono|la\sseguridad\ssocial|tarjeta\sde\scr[ée]dito)|iniciales`,
  fr: String.raw`adresse\s(?:e-mail|email|mail|[ée]lectronique|courriel|du\sdomicile|postale)|(?:date|ann[ée]e|mois|jour)\sde\snaissance|ville\s(?:de\sr[ée]sidence|actuelle)|lieu\sde\sr[ée]sidence|solde\s(?:bancaire|du\scompte|de\sson\scompte)|num[ée]ro\sde\s(?:t[ée]l[ée]phone|s[ée]curit[ée]\ssociale|carte\sde\scr[ée]dit)|initiales`,
  it: String.raw`indirizzo\s(?:e-mail|email|di\sposta(?:\selettronica)?|di\scasa)|(?:data|anno|mese)\sdi\snascita|citt[àa]\s(?:di\sresidenza|attuale|in\scui\svive)|saldo\s(?:bancario|del\sconto|sul\sconto)|numero\sdi\s(?:telefono|previdenza\ssociale|carta\sdi\scredito)|iniziali`,
  pt: String.raw`endere[çc]o\sde\s(?:e-mail|email|casa)|(?:data|ano|m[êe]s)\sde\snascimento|cidade\s(?:de\sresid[êe]ncia|atual|onde\smora)|saldo\s(?:banc[áa]rio|da\sconta)|n[úu]mero\sde\s(?:telefone|seguran[çc]a\ssocial|cart[ãa]o\sde\scr[ée]dito)|iniciais`,
  de: String.raw`e-mail-adresse|e-mail\sadresse|e?-?mailadresse|geburtsdatum|geburtsjahr|geburtsmonat|geburtstag|wohnadresse|privatadresse|wohnort|aktuelle[nr]?\s(?:wohnort|stadt|wohnsitz)|kontostand|bankguthaben|telefonnummer|sozialversicherungsnummer|kreditkartennummer|initialen`,
  ru: String.raw`адрес[а-яё]{0,3}\s(?:электронной\sпочты|эл\.\sпочты|почты|проживания)|электронн[а-яё]{0,3}\sпочт[а-яё]{0,2}|(?:дат|год|месяц)[а-яё]{0,2}\sрождения|день\sрождения|город[а-яё]{0,2}\sпроживания|текущ[а-яё]{0,3}\sгород|(?:баланс|остат|состояни)[а-яё]{0,3}\s(?:банковского\s)?(?:сч[её]та|на\sсч[её]те)|банковск[а-яё]{0,3}\sбаланс|номер[а-яё]{0,2}\s(?:телефона|кредитной\sкарты|социального\sстрахования)|инициал[а-яё]{0,2}`,
  tr: String.raw`e-?posta\sadres|do[ğg]um\s(?:tarih|y[ıi]l|ay|g[üu]n)|ev\sadres|ya[şs]ad[ıi][ğg][ıi]\s(?:[şs]ehir|yer)|ikamet\s(?:etti[ğg]i\s)?(?:[şs]ehir|yer)|(?:banka|hesap)\sbakiye|telefon\snumara|ba[şs]\sharf`,
  id: String.raw`alamat\s(?:email|e-mail|surel|rumah)|(?:tanggal|tahun|bulan)\slahir|kota\s(?:tempat\stinggal|domisili|saat\sini)|tempat\stinggal|saldo\s(?:bank|rekening)|nomor\s(?:telepon|hp|kartu\skredit|jaminan\ssosial)|inisial`,
  tl: String.raw`(?:e-?mail\saddress|bank\sbalance)\s(?:ni|ng)|petsa\sng\s(?:kapanganakan|kaarawan)|kaarawan|(?:taon|buwan)\sng\skapanganakan|lungsod\sna\s(?:tinitirhan|tinitirahan)|kasalukuyang\s(?:lungsod|tirahan)|tirahan|balanse\s(?:sa|ng)\s(?:bangko|account)|numero\sng\s(?:telepono|credit\scard)|inisyal`,
  vi: String.raw`địa\schỉ\s(?:email|e-mail|thư\sđiện\stử|nhà)|(?:ngày|năm|tháng)\ssinh|thành\sphố\s(?:cư\strú|hiện\stại|đang\ssống|nơi)|nơi\sở|số\sdư\s(?:ngân\shàng|tài\skhoản)|số\sđiện\sthoại|số\sthẻ\stín\sdụng|chữ\scái\sđầu|tên\sviết\stắt`,
  zh: String.raw`电子邮件地址|電子郵件地址|邮箱地址|郵箱地址|电子邮箱|電子郵箱|邮件地址|郵件地址|出生日期|出生年份|出生月份|生日|家庭住址|家庭地址|住址|居住城市|居住的城市|所在城市|银行余额|銀行餘額|账户余额|帳戶餘額|电话号码|電話號碼|手机号|信用卡号|首字母`,
  ja: String.raw`メールアドレス|生年月日|誕生日|生まれた年|誕生年|住所|居住地|住んでいる(?:都市|町|場所)|現在の(?:居住)?(?:都市|住所)|銀行残高|口座残高|電話番号|クレジットカード番号|イニシャル`,
  ko: String.raw`이메일\s?주소|전자\s?메일\s?주소|생년월일|생일|출생\s?(?:연도|년도|일|월)|태어난\s(?:해|연도|날)|집\s?주소|주소|거주\s?(?:도시|지)|현재\s(?:거주|사는)\s?(?:도시|곳)|은행\s?(?:잔고|잔액)|계좌\s?잔액|전화\s?번호|신용\s?카드\s?번호|이니셜|머리글자`,
  hi: String.raw`ई-?मेल\s(?:पता|एड्रेस)|जन्म\s?तिथि|जन्म\sकी\sतारीख|जन्मदिन|जन्म\s(?:का\s)?(?:वर्ष|साल|महीना|माह)|घर\sका\sपता|निवास\s(?:का\sशहर|स्थान)|वर्तमान\sशहर|बैंक\s(?:बैलेंस|शेष)|खाते\sकी\sशेष\sराशि|खाता\sशेष|फ़?ोन\sनंबर|फोन\sनंबर|क्रेडिट\sकार्ड\sनंबर|आद्याक्षर|प्रारंभिक\sअक्षर`,
  bn: String.raw`ই-?মেই?ল\sঠিকানা|জন্ম\s?তারিখ|জন্মদিন|জন্ম\sসাল|জন্মের\s(?:বছর|মাস|তারিখ)|বাড়ির\sঠিকানা|বসবাসের\sশহর|বর্তমান\sশহর|ব্যা(?:ং|ঙ্)ক\sব্যালেন্স|অ্যাকাউন্ট\sব্যালেন্স|ফোন\sনম্বর|ক্রেডিট\sকার্ড\sনম্বর|আদ্যক্ষর`,
  ar: String.raw`عنوان\s(?:ال)?بريد\s(?:ال)?[إا]لكتروني|(?:ال)?بريد\s(?:ال)?[إا]لكتروني|(?:تاريخ|سنة|شهر|عيد)\s(?:ال)?ميلاد|عنوان\s(?:ال)?منزل|(?:ال)?عنوان\s(?:ال)?سكني|(?:مدينة|مكان)\s(?:ال)?إقامة|(?:ال)?مدينة\s(?:ال)?حالية|(?:ال)?رصيد\s(?:ال)?(?:بنكي|مصرفي|حساب)|رصيد\s(?:ال)?(?:بنك|حساب)|رقم\s(?:ال)?هاتف|رقم\sبطاقة\s(?:ال)?ائتمان|(?:ال)?أحرف\s(?:ال)?أولى`,
  th: String.raw`ที่อยู่อีเมล|อีเมล|วันเกิด|ปีเกิด|เดือนเกิด|ที่อยู่บ้าน|เมืองที่(?:อาศัย|อยู่)|ที่อยู่ปัจจุบัน|เมืองปัจจุบัน|ยอดเงิน(?:ในบัญชี|คงเหลือ)|ยอดคงเหลือ|เบอร์โทร|หมายเลขโทรศัพท์|หมายเลขบัตรเครดิต|ชื่อย่อ|อักษรย่อ`,
};

/** "the user" as the owner of the data ("of the user", "the user's"), placed where each language puts it. */
export const USER_PERSONAL: Lexicon = {
  es: String.raw`(?:${PERSONAL.es})\s(?:actual\s)?(?:del|de\sla)\s(?:usuari[oa]|cliente)|d[óo]nde\svive\s(?:actualmente\s)?el\susuario|el\susuario\svive`,
  fr: String.raw`(?:${PERSONAL.fr})\s(?:actuelle?\s)?de\sl'utilisat(?:eur|rice)|o[ùu]\s(?:vit|habite|r[ée]side)\s(?:actuellement\s)?l'utilisat`,
  it: String.raw`(?:${PERSONAL.it})\s(?:attuale\s)?dell'utente|dove\s(?:vive|abita|risiede)\s(?:attualmente\s)?l'utente`,
  pt: String.raw`(?:${PERSONAL.pt})\s(?:atual\s)?do\s(?:usu[áa]rio|utilizador)|onde\so\s(?:usu[áa]rio|utilizador)\s(?:mora|vive|reside)|onde\s(?:mora|vive|reside)\s(?:atualmente\s)?o\s(?:usu[áa]rio|utilizador)`,
  de: String.raw`(?:${PERSONAL.de})\s(?:des|der)\s(?:benutzers|nutzers|benutzerin|nutzerin|users)|wo\s(?:wohnt|lebt)\s(?:der|die)\s(?:benutzer|nutzer)`,
  ru: String.raw`(?:${PERSONAL.ru})\sпользовател[яю]|где\s(?:сейчас\s|в\sнастоящее\sвремя\s)?(?:живет|живёт|проживает)\sпользователь|пользователь\s(?:сейчас\s)?(?:живет|живёт|проживает)`,
  tr: String.raw`kullan[ıi]c[ıi]n[ıi]n\s(?:[^\s.?!]{1,12}\s)?(?:${PERSONAL.tr})|kullan[ıi]c[ıi]\s(?:[şs]u\s?anda\s)?nerede\s(?:ya[şs][ıi]yor|oturuyor|ikamet)`,
  id: String.raw`(?:${PERSONAL.id})\s(?:saat\sini\s)?(?:dari\s)?pengguna|pengguna\s(?:saat\sini\s)?(?:tinggal|berdomisili)\sdi\smana|di\smana\spengguna\s(?:saat\sini\s)?tinggal`,
  tl: String.raw`(?:${PERSONAL.tl})\s(?:ng|ni)\s(?:user|gumagamit)|saan\s(?:kasalukuyang\s)?(?:nakatira|naninirahan)\sang\s(?:user|gumagamit)`,
  vi: String.raw`(?:${PERSONAL.vi})\s(?:hiện\stại\s)?của\sngười\sdùng|người\sdùng\s(?:hiện\s(?:đang\s)?)?(?:sống|ở|cư\strú)\s(?:ở\s)?đâu`,
  zh: String.raw`(?:用户|用戶|使用者)的?(?:当前|目前|現在|现在)?(?:的)?(?:${PERSONAL.zh})|(?:用户|用戶|使用者)(?:目前|现在|現在|当前)?(?:住在|居住在)(?:哪里|哪裡|哪儿|什么地方)`,
  ja: String.raw`ユーザー(?:の|が)(?:現在の)?(?:${PERSONAL.ja})|ユーザーは(?:現在|今)?(?:どこに住)`,
  ko: String.raw`사용자(?:의)?\s?(?:현재\s)?(?:${PERSONAL.ko})|사용자(?:가|는)\s(?:현재\s)?(?:어디에|어디서)\s(?:살|거주)`,
  hi: String.raw`(?:उपयोगकर्ता|यूजर|यूज़र)\s(?:का|की|के)\s(?:वर्तमान\s)?(?:${PERSONAL.hi})|(?:उपयोगकर्ता|यूजर|यूज़र)\s(?:वर्तमान\sमें\s|अभी\s|इस\sसमय\s)?(?:कहां|कहाँ)\s(?:रहता|रहती|रहते)`,
  bn: String.raw`ব্যবহারকারীর\s(?:বর্তমান\s)?(?:${PERSONAL.bn})|ব্যবহারকারী\s(?:বর্তমানে\s)?কোথায়\s(?:থাকেন|থাকে|বাস)`,
  ar: String.raw`(?:${PERSONAL.ar})\s(?:الخاص(?:ة)?\sب)?(?:ال|لل)?مستخدم|(?:يعيش|يقيم|يسكن)\s(?:ال)?مستخدم|(?:ال)?مستخدم\s(?:حاليا\s|حاليًا\s)?(?:يعيش|يقيم|يسكن)`,
  th: String.raw`(?:${PERSONAL.th})\s?(?:ของ)?ผู้ใช้|ผู้ใช้\s?(?:ปัจจุบัน\s?)?(?:อาศัย|อยู่)\s?(?:อยู่\s?)?(?:ที่)?ไหน`,
};

/** "tell me / give me / what is": the request for a piece of data, before (or, SOV, after) the noun. */
export const TELL_ME: Lexicon = {
  es: String.raw`dime|d[íi]game|decirme|dame|darme|deme|cu[áa]l\s(?:es|ser[íi]a)|proporciona(?:r|me)?|comparte|compartir|ind[íi]ca(?:r|me)?|revela(?:r|me)?|escribe`,
  fr: String.raw`dis-moi|dites-moi|me\sdire|donne(?:z)?-moi|me\sdonner|quel(?:le)?\s(?:est|serait)|partage[zr]?|indique[zr]?(?:-moi)?|r[ée]v[ée]le[zr]?|fournir|fournisse[zr]|[ée]cri(?:s|re|vez)`,
  it: String.raw`dimmi|mi\sdica|dirmi|dammi|darmi|mi\sdia|qual\s(?:[èe]|sarebbe)|condividi|condividere|fornisci|fornire|rivela(?:re|mi)?|scrivi|indica(?:re|mi)?`,
  pt: String.raw`diga(?:-me)?|me\sdiga|me\sdizer|dizer-me|d[êe]-me|me\sd[êe]|me\sdar|qual\s(?:[ée]|seria)|compartilhe|compartilhar|forne[çc]a|fornecer|informe|informar|revele|revelar|escreva`,
  de: String.raw`sag(?:e|en)?\s(?:mir|uns)|sagen\ssie\s(?:mir|uns)|nenne|nennen|gib\smir|geben\ssie\smir|was\sist|wie\slautet|teile|teilen|verrate|verraten|mitteilen`,
  ru: String.raw`скажи(?:те)?|назови(?:те)?|сообщи(?:те)?|дай(?:те)?\sмне|предоставь(?:те)?|какой|какая|каков[аоы]?|напиши(?:те)?|поделись|поделитесь|раскрой(?:те)?`,
  tr: String.raw`s[öo]yle|ver(?:ir|ebilir|in|iniz)|nedir|payla[şs]|yaz(?:ar|abilir|ın)|bildir|a[çc][ıi]kla`,
  id: String.raw`beri\s?tahu|memberi\s?tahu|beritahukan|katakan|sebutkan|berikan|apa|bagikan|tuliskan`,
  tl: String.raw`sabihin|ibigay|ano\sang|ibahagi|isulat`,
  vi: String.raw`cho\stôi\sbiết|nói\scho\stôi|là\sgì|cung\scấp|chia\ssẻ|viết`,
  zh: String.raw`告诉我|告訴我|是什么|是什麼|是多少|给我|給我|提供|分享|说出|說出`,
  ja: String.raw`教えて|は何|を教え|を共有|書いて|提供`,
  ko: String.raw`알려|뭐|무엇|공유|말해|써|작성|제공`,
  hi: String.raw`बताएं|बताएँ|बताइए|बताओ|बता\sसकते|बता\sसकती|क्या\sहै|दीजिए|लिखें|साझा`,
  bn: String.raw`বলুন|বলো|বলতে\sপার|কী|কি|দিন|দাও|লিখুন|শেয়ার`,
  ar: String.raw`أخبرني|اخبرني|قل\sلي|ما\s(?:هو|هي)|أعطني|اعطني|شارك|اكتب`,
  th: String.raw`บอก|คืออะไร|แชร์|เขียน`,
};

/** Framings that set up a make-believe world or a pretext: "imagine", "suppose", "hypothetically", "a survey". */
export const FRAMING: Lexicon = {
  es: String.raw`imagina|imaginemos|imag[íi]nate|supongamos|suponga|supón|hipot[ée]tic|en\sun\smundo|escenario|encuesta|investigaci[óo]n|auditor[íi]a`,
  fr: String.raw`imagine\s(?:que|un|une)|imaginons|imaginez|supposons|supposez|hypoth[ée]ti|dans\sun\smonde|sc[ée]nario|enqu[êe]te|sondage|recherche|un\saudit`,
  it: String.raw`immagina|immaginiamo|immaginate|supponiamo|supponi|ipotetic|in\sun\smondo|(?:uno|questo)\sscenario|sondaggio|ricerca|indagine`,
  pt: String.raw`imagine\s(?:que|um|uma)|imaginemos|imagina|suponha|suponhamos|hipot[ée]tic|(?:em\sum|num)\smundo|cen[áa]rio|pesquisa|auditoria`,
  de: String.raw`stell\sdir\svor|stellen\ssie\ssich\svor|stellen\swir\suns\svor|angenommen|nehmen\swir\san|hypothetisch|in\seiner\swelt|szenario|umfrage|forschungsprojekt|pr[üu]fung`,
  ru: String.raw`представь|представьте|представим|предположим|допустим|гипотетическ|в\sмире|сценари|опрос|исследовани|аудит`,
  tr: String.raw`hayal\set|d[üu][şs][üu]nün|d[üu][şs][üu]nelim|varsayal[ıi]m|farz\sedelim|varsay[ıi]msal|bir\sd[üu]nyada|senaryo|anket|ara[şs]t[ıi]rma|denetim`,
  id: String.raw`bayangkan|misalkan|andaikan|seandainya|hipotetis|di\sdunia|skenario|survei|penelitian`,
  tl: String.raw`isipin|ipagpalagay|kunwari|sa\sisang\smundo|senaryo|isang\ssurvey|pananaliksik`,
  vi: String.raw`tưởng\stượng|giả\ssử|giả\sđịnh|giả\sthuyết|thế\sgiới|kịch\sbản|khảo\ssát|nghiên\scứu|kiểm\stra\sbảo\smật`,
  zh: String.raw`想象|想像|假设|假設|假如|假定|世界|场景|場景|调查|調查|研究|审计|審計`,
  ja: String.raw`想像|仮に|仮定|世界|シナリオ|調査|研究|監査`,
  ko: String.raw`상상|가정해|가정하|가상|세계|세상|시나리오|설문|조사|연구|감사`,
  hi: String.raw`कल्पना|मान\sलीजिए|मान\sलो|मान\sलें|मान\sलेते|काल्पनिक|दुनिया|परिदृश्य|सर्वेक्षण|शोध|अनुसंधान|ऑडिट`,
  bn: String.raw`কল্পনা|ধরুন|ধরা\sযাক|ধরে\sনিই|কাল্পনিক|বিশ্বে|দুনিয়া|পরিস্থিতি|জরিপ|সমীক্ষা|গবেষণা|অডিট`,
  ar: String.raw`تخيل|تخيّل|لنفترض|افترض|نفترض|افتراضي|عالم|سيناريو|استطلاع|مسح|بحث|تدقيق`,
  th: String.raw`ลองนึกภาพ|นึกภาพ|จินตนาการ|สมมติ|สมมุติ|โลก|สถานการณ์|แบบสำรวจ|สำรวจ|วิจัย|ตรวจสอบความปลอดภัย`,
};

/** Sentence-ending punctuation per script, for gaps that must stay inside one sentence. */
export const STOP = String.raw`.?!\n。？！।؟`;
