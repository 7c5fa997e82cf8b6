// Demo data for Harta: the municipal structure of Momchilgrad (departments, the three
// front-office service units of the Client Charter, categories), demo staff accounts and a
// deterministic generator of realistic citizen submissions. Pure data and functions: no
// I/O, no Prisma client; the seeding code inserts it and marks every row `isDemo`.
//
// Names, e-mails (reserved domain example.org, RFC 2606) and phone numbers of citizens
// are invented. Staff accounts use demo.momchilgrad.bg and DEMO_PASSWORD, for demo
// installations only.
import type { Channel, Kind } from "../lib/domain/kinds";

export interface LocalisedName {
  bg: string;
  tr: string;
  en: string;
}

type DemoLocale = "bg" | "tr" | "en";

// ---------------------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------------------

/** Departments (дирекции / отдели) of the municipal administration; codes are used in staff commands. */
export const DEPARTMENTS: { code: string; name: LocalisedName }[] = [
  {
    code: "ADM",
    name: {
      bg: "Административно-правно обслужване",
      tr: "İdari hizmetler ve nüfus kaydı",
      en: "Administrative services and civil registration",
    },
  },
  {
    code: "FIN",
    name: {
      bg: "Финанси, бюджет, местни данъци и такси",
      tr: "Mali işler, bütçe, yerel vergi ve harçlar",
      en: "Finance, budget, local taxes and fees",
    },
  },
  {
    code: "TER",
    name: {
      bg: "Устройство на територията",
      tr: "İmar, inşaat ve kadastro",
      en: "Territorial development, construction and cadastre",
    },
  },
  {
    code: "ENV",
    name: {
      bg: "Екология, управление на отпадъците и озеленяване",
      tr: "Çevre, atık yönetimi ve yeşil alanlar",
      en: "Environment, waste and greening",
    },
  },
  {
    code: "INF",
    name: {
      bg: "Благоустройство и комунални дейности",
      tr: "Bayındırlık ve belediye hizmetleri",
      en: "Public works, roads, water and street lighting",
    },
  },
  {
    code: "SOC",
    name: {
      bg: "Образование, култура, социални дейности, здравеопазване и спорт",
      tr: "Eğitim, kültür, sosyal hizmetler, sağlık ve spor",
      en: "Education, culture, social services, health and sport",
    },
  },
  {
    code: "PRO",
    name: { bg: "Общинска собственост", tr: "Belediye mülkleri", en: "Municipal property" },
  },
  {
    code: "MAY",
    name: {
      bg: "Кабинет на кмета и връзки с обществеността",
      tr: "Belediye başkanlığı ofisi ve halkla ilişkiler",
      en: "Mayor's office and public relations",
    },
  },
  {
    code: "INT",
    name: {
      bg: "Звено за противодействие на корупцията",
      tr: "Yolsuzlukla mücadele birimi",
      en: "Integrity and anti-corruption unit",
    },
  },
];

/** The three front-office service units (звена за административно обслужване), charter section III. */
export const SERVICE_UNITS: { code: string; name: LocalisedName; address: string; hours: string }[] = [
  {
    code: "CSI",
    name: {
      bg: "Център за услуги и информация",
      tr: "Hizmet ve Danışma Merkezi",
      en: "Centre for services and information",
    },
    address: "гр. Момчилград, ул. „26-ти декември“ № 12, п.к. 6800",
    hours: "Пн–Пт 08:00–17:00, без прекъсване",
  },
  {
    code: "GRAO",
    name: {
      bg: "Звено „Гражданска регистрация“",
      tr: "Nüfus kayıt birimi",
      en: "Civil registration desk",
    },
    address: "гр. Момчилград, ул. „26-ти декември“ № 12, партер, п.к. 6800",
    hours: "Пн–Пт 08:00–12:00 и 13:00–17:00",
  },
  {
    code: "TAX",
    name: {
      bg: "Гише „Местни данъци и такси“",
      tr: "Yerel vergiler ve harçlar gişesi",
      en: "Local taxes and fees desk",
    },
    address: "гр. Момчилград, ул. „26-ти декември“ № 12, партер, п.к. 6800",
    hours: "Пн–Пт 08:00–17:00",
  },
];

/** Categories a citizen may choose; each routes to one department. */
export const CATEGORIES: { code: string; departmentCode: string; name: LocalisedName }[] = [
  // ADM
  { code: "CIVIL_REG", departmentCode: "ADM", name: { bg: "Гражданска регистрация и удостоверения", tr: "Nüfus kaydı ve belgeler", en: "Civil registration and certificates" } },
  { code: "ADDRESS_REG", departmentCode: "ADM", name: { bg: "Адресна регистрация", tr: "Adres kaydı", en: "Address registration" } },
  { code: "SERVICE_QUALITY", departmentCode: "ADM", name: { bg: "Качество на обслужването", tr: "Hizmet kalitesi", en: "Quality of service" } },
  { code: "STAFF_CONDUCT", departmentCode: "ADM", name: { bg: "Поведение на служители", tr: "Görevlilerin davranışı", en: "Staff conduct" } },
  // FIN
  { code: "LOCAL_TAX", departmentCode: "FIN", name: { bg: "Местни данъци", tr: "Yerel vergiler", en: "Local taxes" } },
  { code: "WASTE_FEE", departmentCode: "FIN", name: { bg: "Такса битови отпадъци", tr: "Çöp harcı", en: "Waste collection fee" } },
  { code: "FEES", departmentCode: "FIN", name: { bg: "Други местни такси", tr: "Diğer yerel harçlar", en: "Other local fees" } },
  { code: "BUDGET", departmentCode: "FIN", name: { bg: "Общински бюджет", tr: "Belediye bütçesi", en: "Municipal budget" } },
  // TER
  { code: "PERMITS", departmentCode: "TER", name: { bg: "Разрешения за строеж", tr: "İnşaat izinleri", en: "Building permits" } },
  { code: "ILLEGAL_BUILD", departmentCode: "TER", name: { bg: "Незаконно строителство", tr: "Kaçak yapılaşma", en: "Unlawful construction" } },
  { code: "CADASTRE", departmentCode: "TER", name: { bg: "Кадастър и регулация", tr: "Kadastro ve imar planı", en: "Cadastre and zoning" } },
  { code: "URBAN_PLAN", departmentCode: "TER", name: { bg: "Градоустройство и мобилност", tr: "Şehir planlama ve ulaşım", en: "Urban planning and mobility" } },
  // ENV
  { code: "WASTE", departmentCode: "ENV", name: { bg: "Отпадъци и чистота", tr: "Atıklar ve temizlik", en: "Waste and cleanliness" } },
  { code: "GREEN", departmentCode: "ENV", name: { bg: "Паркове и озеленяване", tr: "Parklar ve yeşil alanlar", en: "Parks and greenery" } },
  { code: "NOISE", departmentCode: "ENV", name: { bg: "Шум и обществен ред", tr: "Gürültü ve kamu düzeni", en: "Noise and public order" } },
  { code: "STRAY_ANIMALS", departmentCode: "ENV", name: { bg: "Безстопанствени животни", tr: "Sahipsiz hayvanlar", en: "Stray animals" } },
  { code: "POLLUTION", departmentCode: "ENV", name: { bg: "Замърсяване на въздуха и водите", tr: "Hava ve su kirliliği", en: "Air and water pollution" } },
  // INF
  { code: "ROADS", departmentCode: "INF", name: { bg: "Улици, пътища и дупки", tr: "Sokaklar, yollar ve çukurlar", en: "Streets, roads and potholes" } },
  { code: "LIGHT", departmentCode: "INF", name: { bg: "Улично осветление", tr: "Sokak aydınlatması", en: "Street lighting" } },
  { code: "WATER", departmentCode: "INF", name: { bg: "Водоснабдяване и канализация", tr: "Su ve kanalizasyon", en: "Water supply and sewerage" } },
  { code: "SIDEWALKS", departmentCode: "INF", name: { bg: "Тротоари и шахти", tr: "Kaldırımlar ve rögarlar", en: "Pavements and manholes" } },
  { code: "PLAYGROUNDS", departmentCode: "INF", name: { bg: "Детски площадки", tr: "Çocuk oyun parkları", en: "Playgrounds" } },
  { code: "TRANSPORT", departmentCode: "INF", name: { bg: "Обществен транспорт", tr: "Toplu taşıma", en: "Public transport" } },
  // SOC
  { code: "SCHOOLS", departmentCode: "SOC", name: { bg: "Училища", tr: "Okullar", en: "Schools" } },
  { code: "KINDERGARTEN", departmentCode: "SOC", name: { bg: "Детски градини", tr: "Anaokulları", en: "Kindergartens" } },
  { code: "CULTURE", departmentCode: "SOC", name: { bg: "Култура и читалища", tr: "Kültür ve halk kültür merkezleri", en: "Culture and community centres" } },
  { code: "SOCIAL", departmentCode: "SOC", name: { bg: "Социални услуги", tr: "Sosyal hizmetler", en: "Social services" } },
  { code: "HEALTH", departmentCode: "SOC", name: { bg: "Здравеопазване", tr: "Sağlık", en: "Health" } },
  { code: "SPORT", departmentCode: "SOC", name: { bg: "Спорт и младежки дейности", tr: "Spor ve gençlik", en: "Sport and youth" } },
  // PRO
  { code: "RENT", departmentCode: "PRO", name: { bg: "Наем на общински имоти", tr: "Belediye mülklerinin kiralanması", en: "Lease of municipal property" } },
  { code: "HOUSING", departmentCode: "PRO", name: { bg: "Общински жилища", tr: "Belediye konutları", en: "Municipal housing" } },
  { code: "PASTURES", departmentCode: "PRO", name: { bg: "Пасища и земеделски земи", tr: "Meralar ve tarım arazileri", en: "Pastures and farmland" } },
  // MAY
  { code: "WEBSITE", departmentCode: "MAY", name: { bg: "Сайт на общината", tr: "Belediyenin internet sitesi", en: "Municipal website" } },
  { code: "PUBLIC_INFO", departmentCode: "MAY", name: { bg: "Прозрачност и публична информация", tr: "Şeffaflık ve kamu bilgisi", en: "Transparency and public information" } },
  { code: "EVENTS", departmentCode: "MAY", name: { bg: "Празници и събития", tr: "Bayramlar ve etkinlikler", en: "Festivals and events" } },
  { code: "TOURISM", departmentCode: "MAY", name: { bg: "Туризъм", tr: "Turizm", en: "Tourism" } },
  // INT
  { code: "CORRUPTION", departmentCode: "INT", name: { bg: "Корупция", tr: "Yolsuzluk", en: "Corruption" } },
  { code: "CONFLICT_OF_INTEREST", departmentCode: "INT", name: { bg: "Конфликт на интереси", tr: "Çıkar çatışması", en: "Conflict of interest" } },
  { code: "WHISTLEBLOWING", departmentCode: "INT", name: { bg: "Сигнали за нарушения (ЗЗЛПСПОИН)", tr: "İhlal bildirimleri", en: "Whistleblowing reports" } },
];

// ---------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------

export interface DemoStaff {
  email: string;
  name: string;
  role: "CLERK" | "OFFICER" | "HEAD" | "MANAGER" | "INTEGRITY" | "ADMIN";
  departmentCode?: string;
  serviceUnitCode?: string;
  locale: "bg" | "tr" | "en";
}

/** Staff with the Latin spelling of their name, used to sign answers written in tr or en. */
const STAFF: (DemoStaff & { latin: string })[] = [
  { email: "clerk.csi@demo.momchilgrad.bg", name: "Севгюл Хасанова", latin: "Sevgül Hasanova", role: "CLERK", serviceUnitCode: "CSI", locale: "tr" },
  { email: "clerk.grao@demo.momchilgrad.bg", name: "Мария Стоянова", latin: "Mariya Stoyanova", role: "CLERK", serviceUnitCode: "GRAO", locale: "bg" },
  { email: "clerk.tax@demo.momchilgrad.bg", name: "Фатме Алиева", latin: "Fatme Alieva", role: "CLERK", serviceUnitCode: "TAX", locale: "bg" },
  { email: "head.adm@demo.momchilgrad.bg", name: "Десислава Янкова", latin: "Desislava Yankova", role: "HEAD", departmentCode: "ADM", locale: "bg" },
  { email: "officer.adm@demo.momchilgrad.bg", name: "Айдън Юсеинов", latin: "Aydın Yuseinov", role: "OFFICER", departmentCode: "ADM", locale: "tr" },
  { email: "head.fin@demo.momchilgrad.bg", name: "Емине Реджебова", latin: "Emine Recebova", role: "HEAD", departmentCode: "FIN", locale: "bg" },
  { email: "officer.fin@demo.momchilgrad.bg", name: "Стоян Атанасов", latin: "Stoyan Atanasov", role: "OFFICER", departmentCode: "FIN", locale: "bg" },
  { email: "head.ter@demo.momchilgrad.bg", name: "Христо Костадинов", latin: "Hristo Kostadinov", role: "HEAD", departmentCode: "TER", locale: "bg" },
  { email: "officer.ter@demo.momchilgrad.bg", name: "Неджми Салиев", latin: "Necmi Saliev", role: "OFFICER", departmentCode: "TER", locale: "tr" },
  { email: "head.env@demo.momchilgrad.bg", name: "Бейхан Исмаилова", latin: "Beyhan İsmailova", role: "HEAD", departmentCode: "ENV", locale: "bg" },
  { email: "officer.env@demo.momchilgrad.bg", name: "Николай Колев", latin: "Nikolay Kolev", role: "OFFICER", departmentCode: "ENV", locale: "bg" },
  { email: "head.inf@demo.momchilgrad.bg", name: "Георги Петров", latin: "Georgi Petrov", role: "HEAD", departmentCode: "INF", locale: "bg" },
  { email: "officer.inf@demo.momchilgrad.bg", name: "Ерол Мустафов", latin: "Erol Mustafov", role: "OFFICER", departmentCode: "INF", locale: "tr" },
  { email: "head.soc@demo.momchilgrad.bg", name: "Гюлтен Османова", latin: "Gülten Osmanova", role: "HEAD", departmentCode: "SOC", locale: "bg" },
  { email: "head.pro@demo.momchilgrad.bg", name: "Исмаил Халилов", latin: "İsmail Halilov", role: "HEAD", departmentCode: "PRO", locale: "bg" },
  { email: "head.may@demo.momchilgrad.bg", name: "Росица Тодорова", latin: "Rositsa Todorova", role: "HEAD", departmentCode: "MAY", locale: "bg" },
  // The municipal secretary oversees every department (no department of their own).
  { email: "secretary@demo.momchilgrad.bg", name: "Веселина Димитрова", latin: "Veselina Dimitrova", role: "MANAGER", locale: "bg" },
  { email: "integrity@demo.momchilgrad.bg", name: "Красимир Георгиев", latin: "Krasimir Georgiev", role: "INTEGRITY", departmentCode: "INT", locale: "bg" },
  { email: "admin@demo.momchilgrad.bg", name: "Айхан Садъков", latin: "Ayhan Sadıkov", role: "ADMIN", locale: "en" },
];

export const DEMO_STAFF: DemoStaff[] = STAFF.map(({ latin: _latin, ...staff }) => staff);

/** Password of every demo staff account. Demo installations only; never a real deployment. */
export const DEMO_PASSWORD = "harta-demo-2026";

// ---------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------

export interface DemoCase {
  kind: Kind;
  channel: Channel;
  locale: "bg" | "tr" | "en";
  subject: string;
  body: string;
  categoryCode: string | null;
  place: string | null;
  anonymous: boolean;
  name: string | null;
  email: string | null;
  phone: string | null;
  /** days before `now` it was received (0–400) */
  daysAgo: number;
  /** minute of day 0–1439, Sofia */
  minuteOfDay: number;
  /** later lifecycle state for the demo */
  status: "RECEIVED" | "IN_PROGRESS" | "AWAITING_CITIZEN" | "FORWARDED" | "ANSWERED" | "CLOSED";
  serviceUnitCode: string | null;
  /** for answered cases: the written answer text in the case's language */
  answerText: string | null;
  /** days after receipt the answer was sent */
  answeredAfterDays: number | null;
  incidentDaysAgo: number | null;
}

/**
 * A hand-written submission. `{street}`, `{village}` and `{no}` are filled per case, the
 * same value everywhere in one case. `answer` holds the findings, decision and reasons;
 * the generator wraps it in a salutation, the legal basis and a signature.
 */
interface Template {
  kind: Kind;
  cat: string;
  place: string | null;
  subject: string;
  body: string;
  /** Absent: the case is never answered (e.g. a matter older than two years). */
  answer?: string;
  /** Outside the municipality's competence: may be forwarded (АПК чл. 112). */
  forward?: boolean;
  /** "old": happened over two years ago, so no answer is owed (АПК чл. 111(4)). */
  incident?: "recent" | "old";
}

const STREETS: Record<DemoLocale, readonly string[]> = {
  bg: [
    "ул. „Христо Ботев“",
    "бул. „България“",
    "ул. „Петър Берон“",
    "ул. „Васил Левски“",
    "ул. „Родопи“",
    "ул. „Иван Вазов“",
    "ул. „Никола Вапцаров“",
    "ул. „Орфей“",
    "ул. „Кирил и Методий“",
    "ул. „Гоце Делчев“",
  ],
  tr: [
    "Hristo Botev Sokağı",
    "Bulgaristan Bulvarı",
    "Petar Beron Sokağı",
    "Vasil Levski Sokağı",
    "Rodopi Sokağı",
    "İvan Vazov Sokağı",
  ],
  en: ["Hristo Botev St", "Bulgaria Blvd", "Petar Beron St", "Vasil Levski St", "Rodopi St", "Ivan Vazov St"],
};

const VILLAGES: Record<DemoLocale, readonly string[]> = {
  bg: ["Груево", "Звездел", "Неофит Рилски", "Нановица", "Джелепско", "Карамфил", "Садовица", "Татул", "Чайка", "Кос"],
  tr: ["Gruevo", "Zvezdel", "Neofit Rilski", "Nanovitsa", "Karamfil", "Sadovitsa", "Tatul", "Kos"],
  en: ["Gruevo", "Zvezdel", "Neofit Rilski", "Nanovitsa", "Dzhelepsko", "Karamfil", "Tatul"],
};

const BG_TEMPLATES: Template[] = [
  // --- INF: roads, lighting, water, pavements, playgrounds, transport ---
  {
    kind: "SIGNAL",
    cat: "ROADS",
    place: "{street} № {no}, гр. Момчилград",
    subject: "Дълбоки дупки на {street}",
    body: "На {street}, срещу № {no}, има няколко дълбоки дупки в асфалта – най-голямата е почти метър в диаметър. След дъжд се пълнят с вода и не се виждат. Вчера колата ми попадна в една от тях и спуках гума, а вечер там минават и деца с колела. Моля дупките да бъдат запълнени, преди някой да пострада.",
    answer: "При проверка на място служители на отдел „Благоустройство и комунални дейности“ установиха три участъка с разрушена асфалтова настилка на {street} с обща площ около 6 кв. м. Участъците бяха включени в графика за текущ ремонт по договора за поддържане на уличната мрежа и дупките бяха запълнени с асфалтова смес в рамките на седмицата след проверката. Цялостното преасфалтиране на улицата е предложено за включване в капиталовата програма за следващата година, тъй като настилката е в края на експлоатационния си срок. За обезщетение за повредената гума можете да подадете отделно заявление в Центъра за услуги и информация, придружено с документи за щетата.",
    incident: "recent",
  },
  {
    kind: "SIGNAL",
    cat: "ROADS",
    place: "общински път до с. {village}",
    subject: "Разбит общински път до с. {village}",
    body: "Общинският път от главния път до с. {village} е в ужасно състояние след зимата. На няколко места асфалтът е изровен, а банкетите са свлечени след поройните дъждове. Училищният автобус минава трудно, а миналата седмица линейката закъсня заради пътя. Молим общината да направи ремонт поне на най-опасните места.",
    answer: "Пътят беше обходен от експерт на общината заедно с кметския наместник на с. {village}. Установени бяха пропадания на настилката на два участъка с обща дължина около 180 м и свлечени банкети в завоите. Извършен беше аварийен ремонт – изкърпване на настилката, почистване на отводнителните канавки и поставяне на предупредителни знаци. Основният ремонт на пътя е включен в проектно предложение на общината за външно финансиране; до одобряването му участъкът ще се поддържа по договора за текущ ремонт.",
  },
  {
    kind: "SIGNAL",
    cat: "LIGHT",
    place: "{street}, между № {no} и кръстовището",
    subject: "Не свети уличното осветление на {street}",
    body: "От около две седмици не светят три поредни лампи на {street}, между № {no} и кръстовището. Вечер е съвсем тъмно, а по улицата се прибират деца от училище и възрастни хора. Моля за подмяна на лампите.",
    answer: "Сигналът беше предаден на фирмата, която поддържа уличното осветление по договор с общината. При огледа беше установено прекъсване на захранващия кабел на един клон от мрежата и три изгорели осветителни тела. Повредата е отстранена, а трите тела са заменени с енергоспестяващи LED осветители. При нова повреда можете да подадете сигнал и на горещия телефон 03631/65-27.",
    incident: "recent",
  },
  {
    kind: "SIGNAL",
    cat: "LIGHT",
    place: "с. {village}, центъра на селото",
    subject: "Тъмно в центъра на с. {village}",
    body: "В центъра на с. {village}, около джамията и магазина, вече месец не свети нито една улична лампа. Кметският наместник казва, че е подал заявка, но нищо не се случва. Хората се прибират от работа на тъмно, а пътят там е с дупки.",
    answer: "Проверката установи, че осветлението в центъра на с. {village} е било изключено поради повреден часовников превключвател в електромерното табло. Превключвателят е подменен и осветлението работи по обичайния график. Кметският наместник е уведомен, а заявката му е отбелязана като изпълнена. Забавянето се дължи на натрупани заявки при фирмата по поддръжката; с нея е уговорен срок до 5 работни дни за отстраняване на подобни повреди.",
  },
  {
    kind: "COMPLAINT",
    cat: "WATER",
    place: "с. {village}",
    subject: "Без вода от три дни в с. {village}",
    body: "Вече трети ден в с. {village} няма вода, а никой не ни е предупредил. В селото има много възрастни хора, които не могат да носят вода от чешмата. Обаждахме се на аварийния телефон, но никой не вдига. Молим общината да се намеси.",
    answer: "Водоснабдяването на с. {village} се извършва от „ВиК“ ЕООД – Кърджали, което не е част от общинската администрация. На основание чл. 112 от Административнопроцесуалния кодекс жалбата Ви беше препратена на дружеството в деня на получаването ѝ. Според получената от „ВиК“ информация прекъсването е причинено от авария на довеждащия водопровод; аварията е отстранена и водоподаването е възстановено. Общината поиска от дружеството да уведомява кметството предварително при планирани прекъсвания и да осигурява водоноска при продължителни аварии.",
    forward: true,
    incident: "recent",
  },
  {
    kind: "SIGNAL",
    cat: "SIDEWALKS",
    place: "{street} № {no}, гр. Момчилград",
    subject: "Счупени плочки и шахта без капак на тротоара",
    body: "На тротоара на {street} пред № {no} няколко плочки са счупени и стърчат, а капакът на шахтата до тях липсва. Майка ми се спъна там миналата седмица. Моля мястото да бъде обезопасено възможно най-скоро.",
    answer: "При проверката беше установено, че капакът на шахтата е откраднат, а около нея има около 4 кв. м разрушена настилка. В деня на проверката шахтата беше обезопасена с ограда, а в следващите дни беше поставен нов капак и плочките бяха подменени. Кражбата на капака е съобщена на РУ – Момчилград. Пожелаваме бързо възстановяване на майка Ви.",
    incident: "recent",
  },
  {
    kind: "PROPOSAL",
    cat: "PLAYGROUNDS",
    place: "с. {village}",
    subject: "Детска площадка в с. {village}",
    body: "В с. {village} живеят над 30 деца, но няма нито една детска площадка и децата играят на пътя пред магазина. До училището има общински терен, който стои празен и обрасъл. Предлагаме там да се направи площадка с люлки и пързалка, а родителите сме готови да помогнем с труд.",
    answer: "Предложението беше разгледано съвместно с кметския наместник на с. {village}. Теренът до училището е общинска собственост и е подходящ за детска площадка. Решено беше площадката да бъде включена в плана за изграждане на детски площадки за следващата година с прогнозна стойност 25 000 евро от общинския бюджет. Теренът ще бъде почистен през следващия месец. Благодарим за готовността на родителите да помогнат – кметският наместник ще се свърже с Вас за доброволческа акция по засаждане на дървета около площадката.",
  },
  {
    kind: "SIGNAL",
    cat: "PLAYGROUNDS",
    place: "детската площадка на {street}",
    subject: "Счупена люлка и стърчащи болтове на детската площадка",
    body: "На детската площадка на {street} едната люлка виси само на една верига, а на пързалката стърчат болтове. Дъщеря ми си поряза ръката там. Моля площадката да бъде проверена и ремонтирана.",
    answer: "Площадката беше проверена от лицето, отговорно за поддръжката на детските площадки. Повредената люлка беше демонтирана в деня на проверката и заменена с нова седмица по-късно, а стърчащите болтове на пързалката бяха заменени с обезопасени. Всички общински детски площадки се проверяват ежемесечно съгласно наредбата за безопасността на площадките за игра; честотата на проверките на тази площадка беше увеличена.",
    incident: "recent",
  },
  {
    kind: "PROPOSAL",
    cat: "TRANSPORT",
    place: "с. {village}",
    subject: "Автобус до с. {village} и в неделя",
    body: "Автобусът до с. {village} се движи само в делнични дни. В неделя хората, които работят в града или искат да посетят близки в болницата в Кърджали, нямат как да се придвижат. Предлагаме поне един курс в неделя сутрин и един следобед.",
    answer: "Предложението беше разгледано при актуализацията на общинската транспортна схема. Анализът на пътникопотока показва средно по 6–8 пътници на курс в почивните дни, което не покрива разходите на превозвача без допълнителна субсидия. Въпреки това Общинският съвет одобри пробен неделен курс (тръгване от с. {village} в 07:30 ч., връщане от автогарата в 16:30 ч.) за срок от 6 месеца, след което ще се прецени дали да остане. Разписанието е публикувано на сайта на общината.",
  },
  {
    kind: "PRAISE",
    cat: "ROADS",
    place: "{street}, гр. Момчилград",
    subject: "Благодарност за ремонта на {street}",
    body: "Искам да благодаря на общината за ремонта на {street}. Години наред улицата беше в дупки, а сега е асфалтирана, има нови тротоари и водостоци. Работниците бяха внимателни към живущите и почистваха след себе си.",
    answer: "Благодарим Ви за добрата оценка. Ще я предадем и на изпълнителя на ремонта. Ремонтът е част от програмата за обновяване на уличната мрежа, която ще продължи и през следващите години.",
  },
  {
    kind: "PRAISE",
    cat: "ROADS",
    place: "пътя до с. {village}",
    subject: "Благодарност за почистването на снега до с. {village}",
    body: "Искам да благодаря на екипа, който почисти пътя до с. {village} още в 5 сутринта след големия снеговалеж. Успяхме да заведем детето на лекар навреме.",
    answer: "Благодарим Ви! Похвалата е предадена на екипа по зимното поддържане. Пътищата до селата се почистват по утвърдения план за зимно поддържане, като с предимство са пътищата, по които минават училищни автобуси и линейки.",
  },
  // --- ENV: waste, green, noise, animals ---
  {
    kind: "SIGNAL",
    cat: "WASTE",
    place: "{street} № {no}, гр. Момчилград",
    subject: "Контейнерите на {street} не са извозвани от седмица",
    body: "Контейнерите за смет пред блока на {street} № {no} не са извозвани повече от седмица. Боклукът е разпилян около тях, кучетата и котките го разнасят, а миризмата в жегите е непоносима. Плащаме такса смет и очакваме услугата да се изпълнява.",
    answer: "Проверката установи, че поради повреда на сметоизвозващия автомобил графикът за извозване в района е бил нарушен в продължение на 8 дни. Контейнерите бяха извозени, а площадката около тях – почистена и дезинфекцирана. От фирмата, изпълняваща сметоизвозването, беше изискано да осигурява резервен автомобил при повреди, а за неизпълнението е начислена неустойка по договора. Графикът за извозване по улици е публикуван на сайта на общината.",
    incident: "recent",
  },
  {
    kind: "SIGNAL",
    cat: "WASTE",
    place: "с. {village}, дерето на изхода на селото",
    subject: "Нерегламентирано сметище край с. {village}",
    body: "В дерето на изхода на с. {village} от месеци се изхвърлят строителни отпадъци, стари мебели и гуми. Купчината расте всяка седмица, а при дъжд боклукът се отнася към реката. Моля общината да почисти и да постави табела или камера.",
    answer: "Еколог на общината и кметският наместник на с. {village} извършиха оглед. Установено беше нерегламентирано замърсяване с около 15 куб. м строителни и едрогабаритни отпадъци и гуми. Мястото беше почистено с техника на общината, поставена беше табела със забрана и мястото е включено в обходите на общинските инспектори. На установените нарушители ще бъдат налагани глоби по Наредбата за управление на отпадъците. Молим, ако видите изхвърляне, да съобщите номера на превозното средство.",
  },
  {
    kind: "COMPLAINT",
    cat: "NOISE",
    place: "{street} № {no}, гр. Момчилград",
    subject: "Силна музика от заведение след полунощ",
    body: "Заведението на {street} № {no} пуска силна музика всеки петък и събота до 2–3 часа през нощта. Живея на горния етаж с малко дете и не можем да спим. Говорих със собственика, но нищо не се промени.",
    answer: "Служители на общината извършиха две нощни проверки съвместно с РУ – Момчилград. И при двете беше установено, че заведението работи с музика след 23:00 ч. в нарушение на Наредбата за обществения ред на територията на община Момчилград. На собственика са съставени актове за административно нарушение и е дадено предписание за намаляване на звука и затваряне на вратите и прозорците. При повторно нарушение кметът може да ограничи работното време на обекта. Заведението остава в списъка за контролни проверки.",
    incident: "recent",
  },
  {
    kind: "SIGNAL",
    cat: "STRAY_ANIMALS",
    place: "{street}, около училището",
    subject: "Глутница бездомни кучета до училището",
    body: "Около училището на {street} от няколко седмици се движат шест-седем бездомни кучета. Сутрин лаят и гонят децата, а вчера едно куче ухапа момче от пети клас. Родителите се страхуват да пускат децата сами. Моля за спешни мерки.",
    answer: "Сигналът беше предаден незабавно на екипа по общинския договор за овладяване на популацията на безстопанствените кучета. Заловени бяха седем кучета; пет от тях са кастрирани, ваксинирани, обезпаразитени и маркирани и съгласно Закона за защита на животните ще бъдат върнати в района, тъй като не проявяват агресия. Двете кучета с агресивно поведение са настанени в приют и няма да бъдат връщани. Случаят с ухапването е съобщен на Регионалната здравна инспекция. Районът остава под наблюдение.",
    incident: "recent",
  },
  {
    kind: "SIGNAL",
    cat: "GREEN",
    place: "градинката на {street}",
    subject: "Сухо дърво над детската площадка",
    body: "В градинката на {street} има голямо изсъхнало дърво, което се е наклонило над детската площадка. При силен вятър падат клони. Страх ме е да не се стовари върху децата. Моля да бъде отсечено или укрепено.",
    answer: "Дървото беше огледано от експерт по озеленяване, който установи, че е изсъхнала топола с напукан ствол и реален риск от падане. Детската площадка беше временно затворена, дървото беше премахнато по реда на наредбата за озеленените площи, а на негово място през есента ще бъдат засадени две нови дървета. Площадката отново е отворена.",
  },
  {
    kind: "PROPOSAL",
    cat: "GREEN",
    place: "Централен градски парк, гр. Момчилград",
    subject: "Повече пейки и сянка в централния парк",
    body: "Предлагам в централния парк да се поставят още пейки и няколко навеса или да се засадят дървета по алеите към детската площадка. През лятото няма къде да се седне на сянка и възрастните хора и майките с деца избягват парка следобед. Може да се помисли и за чешма с питейна вода.",
    answer: "Предложението беше разгледано от отдел „Екология, управление на отпадъците и озеленяване“ и отдел „Благоустройство и комунални дейности“. Приемаме го частично: тази година в парка ще бъдат поставени 12 нови пейки и чешмичка с питейна вода, а през есента ще бъдат засадени 20 широколистни дървета по алеята към детската площадка. Навеси не са предвидени, тъй като за парка се изготвя проект за цялостно обновяване и засенчването ще бъде решено в него. Благодарим Ви за активната позиция.",
  },
  // --- TER: permits, unlawful construction, cadastre, planning ---
  {
    kind: "PROPOSAL",
    cat: "URBAN_PLAN",
    place: "бул. „България“, гр. Момчилград",
    subject: "Велоалея по бул. „България“",
    body: "Все повече хора в града карат велосипеди и тротинетки, но по бул. „България“ няма безопасно място за тях – карат или между колите, или по тротоара сред пешеходците. Предлагам да се изгради велоалея от центъра до спортния комплекс и гарата, поне от едната страна на булеварда. Това ще насърчи и децата да ходят с колело на училище.",
    answer: "Предложението беше обсъдено от експерти на отдел „Устройство на територията“ и отдел „Благоустройство и комунални дейности“. Ширината на платното и тротоарите позволява обособяване на двупосочна велоалея в участъка от центъра до спортния комплекс, но не и в участъка до гарата, където е необходимо отчуждаване. Решено беше първият участък да бъде включен в задание за проектиране през следващата година, а изграждането му да бъде заявено за финансиране по програма за устойчива градска мобилност. Проектът ще бъде публикуван за обществено обсъждане, в което Ви каним да участвате.",
  },
  {
    kind: "SIGNAL",
    cat: "ILLEGAL_BUILD",
    place: "{street} № {no}, гр. Момчилград",
    subject: "Незаконно строителство в съседния имот",
    body: "Съседът ми на {street} № {no} изгражда втори етаж и навес точно на границата с моя имот. Няма табела с разрешение за строеж, а работят дори в неделя. Навесът ще отвежда дъждовната вода в моя двор. Моля за проверка дали строежът е законен.",
    answer: "Служители на отдел „Устройство на територията“ извършиха проверка на място и в архива. Установено беше, че за надстройката и навеса няма издадено разрешение за строеж. Съставен беше констативен акт по чл. 225а от Закона за устройство на територията и е започнато производство по премахване на незаконния строеж; строителните работи са спрени. Като заинтересовано лице ще бъдете уведомявани за хода на производството. Заповедта на кмета подлежи на обжалване от адресата ѝ пред Административния съд – Кърджали.",
    incident: "recent",
  },
  {
    kind: "SIGNAL",
    cat: "ILLEGAL_BUILD",
    place: "{street} № {no}, гр. Момчилград",
    subject: "Гараж, построен преди години върху тротоара",
    body: "Преди около три години съседът на {street} № {no} построи гараж, който заема част от общинския тротоар. Тогава не подадох сигнал, но сега реших да го направя, защото гаражът пречи на пешеходците и майките с колички минават по платното.",
    incident: "old",
  },
  {
    kind: "SIGNAL",
    cat: "PERMITS",
    place: "{street} № {no}, гр. Момчилград",
    subject: "Строителна площадка без ограда и табела",
    body: "На {street} № {no} се строи жилищна сграда, но площадката не е оградена, няма информационна табела, а пясъкът и строителните отпадъци са изсипани на тротоара. Пешеходците, включително деца, минават по платното.",
    answer: "Проверката установи, че строежът е законен – разрешението за строеж е издадено и заповедната книга е заверена. Констатирани бяха обаче нарушения на изискванията за безопасност: липса на временна ограда и информационна табела и складиране на материали на тротоара без разрешение. На строителя беше дадено предписание със срок 3 дни, което е изпълнено: площадката е оградена, табелата е поставена, а тротоарът е освободен. За ползването на тротоара без разрешение е съставен акт.",
    incident: "recent",
  },
  {
    kind: "COMPLAINT",
    cat: "PERMITS",
    place: null,
    subject: "Забавено издаване на разрешение за строеж",
    body: "Преди два месеца внесох документи за разрешение за строеж на еднофамилна къща. Срокът по закон е 14 дни, но и до днес нямам отговор. Когато се обаждам, ми казват, че главният архитект е зает. Моля да ми бъде обяснено защо се бави преписката.",
    answer: "Проверката на преписката установи, че инвестиционният проект е бил върнат за корекции с писмо до посочения от Вас адрес, което се е върнало като непотърсено. Това е причината за забавянето; копие от писмото Ви беше изпратено и по електронна поща. След отстраняване на забележките разрешението за строеж ще бъде издадено в срока по чл. 148, ал. 3 от Закона за устройство на територията. На отдела беше указано, когато има телефон за връзка, заявителят да бъде уведомяван и по телефона.",
  },
  {
    kind: "COMPLAINT",
    cat: "CADASTRE",
    place: "с. {village}",
    subject: "Грешка в кадастралната карта за имота ми",
    body: "В кадастралната карта границата на имота ми в с. {village} е отбелязана грешно и част от двора ми е записана към съседа. Не мога да продам имота, докато това не се поправи. Моля общината да коригира картата.",
    answer: "Кадастралната карта се поддържа от Агенцията по геодезия, картография и кадастър, а не от общината. На основание чл. 112 от Административнопроцесуалния кодекс жалбата Ви беше препратена на Службата по геодезия, картография и кадастър – Кърджали. Поправката на явна фактическа грешка се извършва по заявление на собственика, към което се прилагат документите за собственост и скица-проект за изменение. Отдел „Устройство на територията“ може да Ви предостави копие от действалия преди кадастралната карта регулационен план, ако е необходим като доказателство.",
    forward: true,
  },
  // --- FIN: local taxes and fees, budget ---
  {
    kind: "COMPLAINT",
    cat: "LOCAL_TAX",
    place: "гише „Местни данъци и такси“, ул. „26-ти декември“ № 12",
    subject: "Час и половина чакане на гишето за местни данъци",
    body: "Днес чаках над час и половина на гишето за местни данъци и такси, за да платя данъка за колата и къщата. Работеше само едно от двете гишета, а опашката стигаше до изхода. Повечето хора бяха възрастни и нямаше къде да седнат. Не е нормално в края на април да няма повече служители.",
    answer: "Проверката установи, че в посочения ден едната от двете служителки на гишето е отсъствала по болест, а поради наближаващия краен срок за плащане с 5% отстъпка (30 април) посетителите са били двойно повече от обичайното. За да не се повтаря подобна ситуация, в периода март–април ще работи трето гише, ще бъде въведена система за поредни номера и ще бъдат поставени още столове. Напомняме, че местните данъци могат да се платят и онлайн, по банков път и в пощенските станции. Поднасяме извиненията си за неудобството.",
    incident: "recent",
  },
  {
    kind: "COMPLAINT",
    cat: "WASTE_FEE",
    place: "с. {village}",
    subject: "Начислена такса смет за необитаем имот",
    body: "Имотът ми в с. {village} е необитаем от години и не ползвам услугата по сметосъбиране. Подадох декларация за неползване, но отново ми е начислена такса битови отпадъци за цялата година. Моля задължението ми да бъде коригирано.",
    answer: "Проверката в информационната система на отдела за местни данъци и такси установи, че декларацията Ви по чл. 71 от Закона за местните данъци и такси е подадена на 14 ноември, т.е. след законовия срок – 31 октомври на предходната година. Поради това освобождаването от таксата за събиране и извозване на отпадъците ще се приложи от следващата календарна година, а за текущата година задължението е начислено правилно. Таксата за поддържане на чистотата на териториите за обществено ползване се дължи независимо от декларацията. Решението може да бъде обжалвано по реда на Данъчно-осигурителния процесуален кодекс.",
  },
  {
    kind: "COMPLAINT",
    cat: "LOCAL_TAX",
    place: null,
    subject: "Неправилно начислена лихва по данъка върху недвижимите имоти",
    body: "Платих данъка върху недвижимите имоти по банков път в срок, но в справката ми е начислена лихва за просрочие. Изглежда плащането е отнесено към друг партиден номер. Прилагам копие от платежното нареждане.",
    answer: "Проверката установи, че плащането е постъпило в срок, но поради грешно посочен партиден номер в платежното нареждане е било отнесено към задължение на друго лице. Плащането е прехвърлено към Вашата партида с датата на постъпване, а начислената лихва е анулирана. Към момента нямате задължения. Препоръчваме при плащане по банков път да посочвате и ЕГН, и партидния номер.",
  },
  {
    kind: "COMMENT",
    cat: "BUDGET",
    place: null,
    subject: "Коментар по проекта на бюджет на общината",
    body: "Прочетох проекта на бюджет, публикуван за обществено обсъждане. Радвам се, че има средства за ремонт на училищата, но не виждам нищо за селата в източната част на общината – там пътищата са най-зле. Разходите за представителни цели също ми се струват високи.",
    answer: "Благодарим за коментара. Той е включен в справката от общественото обсъждане, която се внася в Общинския съвет заедно с проекта на бюджет. Уточняваме, че в капиталовата програма са предвидени средства за ремонт на пътя до с. Звездел, а ремонтите на другите пътища в източната част са включени в проектни предложения за външно финансиране. Разходите за представителни цели са в размера от предходната година.",
  },
  // --- ADM: service quality, staff conduct, civil registration ---
  {
    kind: "PRAISE",
    cat: "SERVICE_QUALITY",
    place: "Център за услуги и информация, ул. „26-ти декември“ № 12",
    subject: "Благодарност към служителката на гише 3",
    body: "Искам да благодаря на служителката на гише 3 в Центъра за услуги и информация. Помогна ми търпеливо да попълня документите за наследство и обясни всичко и на турски, защото майка ми, която беше с мен, не разбира добре български. Рядко се среща такова отношение.",
    answer: "Благодарим Ви за добрите думи. Похвалата Ви беше предадена на служителката и на прекия ѝ ръководител и ще бъде отчетена при годишната оценка на изпълнението на длъжността. Радваме се, че сте получили обслужването, което обещаваме в Хартата на клиента.",
  },
  {
    kind: "PRAISE",
    cat: "CIVIL_REG",
    place: "звено „Гражданска регистрация“",
    subject: "Бързо издадено удостоверение за наследници",
    body: "Поръчах удостоверение за наследници по електронната поща, защото работя в Пловдив, и го получих още на следващия ден, без да се налага да пътувам. Благодаря на служителите от гражданската регистрация за бързината и любезността.",
    answer: "Благодарим Ви! Похвалата е предадена на служителите от звено „Гражданска регистрация“. Напомняме, че удостоверенията по гражданска регистрация могат да бъдат заявени и през Единния портал за електронни административни услуги с квалифициран електронен подпис.",
  },
  {
    kind: "PRAISE",
    cat: "SERVICE_QUALITY",
    place: "Кметство с. {village}",
    subject: "Похвала за кметския наместник на с. {village}",
    body: "Искаме да похвалим кметския наместник на с. {village}, който през зимата лично организира почистването на снега и помогна на възрастните хора да получат лекарствата си, когато пътят беше затворен. Такива хора трябва да бъдат оценявани.",
    answer: "Благодарим Ви за добрите думи. Кметът на общината изказа благодарност на кметския наместник, а похвалата Ви ще бъде прочетена на следващото работно съвещание с кметовете и кметските наместници като пример за добра практика.",
  },
  {
    kind: "GRIEVANCE",
    cat: "STAFF_CONDUCT",
    place: "Център за услуги и информация",
    subject: "Грубо отношение на служител на гишето",
    body: "Отидох да питам какви документи са нужни за промяна на предназначението на имот. Служителят на гишето ми повиши тон, каза ми да не му губя времето и да си прочета на сайта, и отказа да ми обясни. Аз съм на 72 години и нямам интернет. Очаквам извинение и по-добро отношение към възрастните хора.",
    answer: "По оплакването Ви беше извършена проверка от секретаря на общината. Изслушани бяха служителят и двама колеги, присъствали на разговора. Установено беше, че служителят е проявил неучтиво отношение, което противоречи на Етичния кодекс на служителите в общинската администрация и на стандартите в Хартата на клиента. На служителя беше отправено писмено предупреждение, а за екипа на звеното беше проведено допълнително обучение по обслужване на клиенти. Поднасяме Ви извинение. Информация за нужните документи ще Ви бъде дадена по телефона от експерт на отдел „Устройство на територията“.",
    incident: "recent",
  },
  {
    kind: "GRIEVANCE",
    cat: "STAFF_CONDUCT",
    place: "гише „Местни данъци и такси“",
    subject: "Служителката говореше по телефона, докато чаках",
    body: "На гишето за местни данъци чаках 10 минути, докато служителката водеше личен разговор по мобилния си телефон, без дори да ме погледне. След това ми каза, че ще ме обслужи, когато „си свърши работата“. Считам, че това е неуважение към гражданите.",
    answer: "Оплакването беше проверено от началника на отдела. Служителката потвърди, че е водила спешен личен разговор, но не е уведомила посетителя и не е потърсила колега да я замести. На служителката е направена забележка, а в звеното е въведено правило личните телефони да не се ползват на гишето. Благодарим Ви, че ни сигнализирахте – това ни помага да спазваме стандартите от Хартата на клиента.",
    incident: "recent",
  },
  {
    kind: "GRIEVANCE",
    cat: "SERVICE_QUALITY",
    place: "Кметство с. {village}",
    subject: "Кметството в с. {village} е затворено в работно време",
    body: "Три пъти идвах в кметството на с. {village} в работно време, за да взема удостоверение, и всеки път беше заключено. На вратата няма табела с работното време и телефон. Накрая трябваше да пътувам до Момчилград.",
    answer: "Проверката установи, че в посочените дни служителят на кметството е бил на обход в махалите на селото, без това да е обявено на вратата. На кметството беше поставена табела с работното време и мобилен телефон за връзка, а служителят е задължен да обявява предварително отсъствията си. Удостоверенията по гражданска регистрация могат да се заявяват и по телефона и да се получават в кметството в уговорен ден.",
  },
  {
    kind: "GRIEVANCE",
    cat: "SERVICE_QUALITY",
    place: "Сградата на общината, ул. „26-ти декември“ № 12",
    subject: "Няма достъп за хора в инвалидна количка",
    body: "Придвижвам се с инвалидна количка. До втория етаж на общината няма асансьор, а рампата на входа е твърде стръмна и без парапет. Миналия месец трябваше да чакам на улицата, докато служител слезе да ме обслужи. Това е унизително.",
    answer: "Разбираме възмущението Ви и поднасяме извинение. Проверката потвърди, че рампата не отговаря на изискванията за достъпна среда. Тя ще бъде преустроена до края на тримесечието, а дотогава на входа е поставен звънец за повикване на служител. Всички услуги, включително на отделите от втория етаж, могат да бъдат получени на партера в Центъра за услуги и информация – служител ще донесе документите и ще Ви обслужи там. Асансьор е предвиден в проекта за енергийна ефективност на сградата.",
  },
  {
    kind: "GRIEVANCE",
    cat: "SERVICE_QUALITY",
    place: "Център за услуги и информация",
    subject: "Пращаха ме от гише на гише за едно удостоверение",
    body: "За удостоверение за данъчна оценка ме пращаха три пъти между Центъра за услуги и информация и отдела на втория етаж, защото никой не знаеше кой го издава. Загубих цяла сутрин и трябваше да взема отпуск от работа.",
    answer: "Проверката установи, че удостоверението за данъчна оценка се заявява и получава в Центъра за услуги и информация, а наскоро назначената служителка на гишето погрешно Ви е насочила към отдела. С всички служители в центъра беше проведен инструктаж по актуалния списък на услугите, а списъкът е поставен на всяко гише. Поднасяме извинение за загубеното време.",
  },
  {
    kind: "RECOMMENDATION",
    cat: "SERVICE_QUALITY",
    place: "Център за услуги и информация",
    subject: "Номера за чакане и удължено работно време в четвъртък",
    body: "Препоръчвам в Центъра за услуги и информация да се въведе система с номера за чакане и табло, за да е ясно кой е наред. Би било добре поне един ден в седмицата центърът да работи до 19:00 ч., за да могат работещите хора да идват след работа.",
    answer: "Препоръката беше разгледана от ръководството на администрацията. Системата за поредни номера ще бъде въведена с проекта за модернизация на Центъра за услуги и информация. Удълженото работно време беше въведено пробно: всеки четвъртък до 19:00 ч. работят две гишета за най-търсените услуги. След три месеца ще бъде направен анализ на посещаемостта.",
  },
  {
    kind: "COMMENT",
    cat: "ADDRESS_REG",
    place: null,
    subject: "Коментар за документите за адресна регистрация",
    body: "За адресна регистрация на сина ми в нашата къща ни поискаха нотариален акт, макар че къщата е на мое име и аз съм регистриран там. Мисля, че информацията на сайта за нужните документи е непълна и хората ходят по два пъти.",
    answer: "Благодарим за коментара. При регистрация в жилище се изисква документ за собственост или писмено съгласие на собственика, но когато собствеността може да се провери служебно, документ не се изисква. Информацията на сайта беше допълнена, а на служителите от звено „Гражданска регистрация“ беше напомнено да проверяват служебно наличните данни.",
  },
  // --- MAY: website, transparency, events, tourism ---
  {
    kind: "RECOMMENDATION",
    cat: "WEBSITE",
    place: null,
    subject: "Сайтът на общината – търсачка и мобилна версия",
    body: "Сайтът на общината е труден за ползване от телефон – менюто се разпада, а документите за изтегляне са сканирани като снимки. Препоръчвам да се добави работеща търсачка, документите да се публикуват в текстов формат и формулярите за услуги да могат да се попълват онлайн.",
    answer: "Благодарим за препоръката. Прегледът на сайта потвърди, че той не е адаптиран за мобилни устройства и част от документите са публикувани като сканирани изображения, което затруднява и хората с увредено зрение. Общината е възложила изработването на нов сайт, съобразен с изискванията за достъпност, с търсачка и електронни формуляри за най-търсените услуги. Той ще бъде пуснат до края на годината; дотогава новите документи се публикуват в текстов формат.",
  },
  {
    kind: "OPINION",
    cat: "WEBSITE",
    place: null,
    subject: "Мнение за новия сайт на общината",
    body: "Разгледах новия сайт на общината и искам да кажа, че е много по-подреден от стария. Лесно намерих графика за извозване на отпадъците и телефоните на кметствата. Единственото, което ми липсва, е раздел с новини от селата.",
    answer: "Благодарим за мнението Ви. Отзивите за новия сайт се събират и анализират през първите месеци от пускането му. Предложението за раздел с новини от кметствата е прието – кметските наместници ще изпращат информация за публикуване в рубриката „Населени места“.",
  },
  {
    kind: "OPINION",
    cat: "PUBLIC_INFO",
    place: null,
    subject: "Решенията на Общинския съвет трудно се намират",
    body: "Според мен общината не е достатъчно прозрачна – решенията на Общинския съвет се публикуват със закъснение и трудно се намират на сайта. Трябваше ми решение за отдаване под наем на пасища и търсих половин час. Не е нужно хората да ходят до общината за всяка информация.",
    answer: "Благодарим за мнението. Проверката установи, че решенията се публикуват в законовия срок, но в секцията на Общинския съвет са подредени само по номер на заседание, без възможност за търсене. В новата версия на сайта решенията ще могат да се търсят по дума и дата и ще се публикуват и на Портала за отворени данни.",
  },
  {
    kind: "RECOMMENDATION",
    cat: "PUBLIC_INFO",
    place: null,
    subject: "SMS известяване за прекъсвания и ремонти",
    body: "Препоръчвам общината да въведе безплатно известяване по SMS или имейл за планирани прекъсвания на водата и тока, ремонти на улици и промени в графика за сметоизвозване. Много хора не следят сайта и научават последни.",
    answer: "Благодарим за препоръката. Общината ще въведе безплатна услуга за известяване по SMS и електронна поща, за която гражданите ще могат да се регистрират през сайта или в Центъра за услуги и информация. Известията ще включват планираните прекъсвания, за които общината е уведомена от дружествата, ремонтите на улици и промените в графика за сметоизвозване. Услугата се очаква да стартира в началото на следващата година.",
  },
  {
    kind: "COMMENT",
    cat: "EVENTS",
    place: null,
    subject: "Коментар за празника на града",
    body: "Празникът на града тази година беше хубав, но концертът започна с час закъснение и нямаше достатъчно тоалетни. Би било добре програмата да се публикува поне седмица по-рано и на турски език.",
    answer: "Благодарим за коментара. Закъснението беше причинено от технически проблем с озвучаването. Отзивите ще бъдат отчетени при организацията на следващите празници: програмата ще се публикува поне 10 дни по-рано на български и турски език, а броят на мобилните тоалетни ще бъде увеличен.",
  },
  {
    kind: "OPINION",
    cat: "TOURISM",
    place: "Тракийско светилище Татул",
    subject: "Светилището при Татул заслужава повече внимание",
    body: "Смятам, че тракийското светилище при Татул е недооценено. Пътят до него е добър, но в града няма указателни табели, няма информационен център, а сайтът на общината почти не говори за него. Туристите отиват на Перперикон и не знаят, че наблизо има нещо толкова интересно.",
    answer: "Благодарим за мнението, което споделяме. Общината работи по проект за туристически указателни табели на три езика по пътя от Кърджали и в града, а туристически информационен център ще бъде открит в сградата на читалището. На сайта ще бъде добавен раздел за туризма с информация за светилището, работното време и екскурзоводските услуги.",
  },
  // --- SOC: schools, kindergartens, culture, social, health, sport ---
  {
    kind: "PROPOSAL",
    cat: "SPORT",
    place: "зоната до стадиона, гр. Момчилград",
    subject: "Фитнес на открито до стадиона",
    body: "Предлагам до стадиона да се поставят уреди за фитнес на открито, каквито има в Кърджали. Много млади хора тренират навън, но няма подходящи уреди, а залата е платена и малка. Уредите не са скъпи и ще се ползват целогодишно.",
    answer: "Предложението беше разгледано от отдела, отговарящ за спорта, и от отдел „Благоустройство и комунални дейности“. Приемаме го: в бюджета за следващата година ще бъдат заложени средства за площадка с 8 уреда за фитнес на открито в зоната до стадиона, а теренът вече е определен. Площадката ще бъде изградена през пролетта след процедура за избор на изпълнител.",
  },
  {
    kind: "PROPOSAL",
    cat: "CULTURE",
    place: "читалището, гр. Момчилград",
    subject: "Безплатни курсове по компютърна грамотност за възрастни",
    body: "Предлагам в читалището да се организират безплатни курсове по компютърна грамотност за възрастни хора – как да си платят сметките онлайн, да говорят с децата си в чужбина по видео, да си запишат час при лекар. Много от нашите близки работят в Турция и Германия и възрастните остават сами.",
    answer: "Предложението беше обсъдено с ръководството на читалището. Решено беше от есента да се проведат два безплатни курса по 8 занятия за хора над 60 години, на български и на турски език, в компютърната зала на читалището. Записването ще става в Центъра за услуги и информация и в кметствата; информацията ще бъде публикувана на сайта и в местните медии.",
  },
  {
    kind: "RECOMMENDATION",
    cat: "KINDERGARTEN",
    place: null,
    subject: "По-ясни критерии за прием в детските градини",
    body: "Препоръчвам критериите и класирането за прием в детските градини да се публикуват на сайта заедно с броя на свободните места във всяка група. Сега родителите научават резултатите по телефона и не е ясно как се подреждат децата.",
    answer: "Препоръката е приета. От следващата кампания класирането ще се публикува на сайта на общината с входящи номера вместо имена, заедно с броя на свободните места по групи и точките по всеки критерий от наредбата за прием. Предвижда се заявленията да се подават и чрез електронна система.",
  },
  {
    kind: "COMPLAINT",
    cat: "KINDERGARTEN",
    place: "детска градина, гр. Момчилград",
    subject: "Детето ми не е прието в детска градина",
    body: "Детето ми е на 3 години и не беше прието в детската градина, въпреки че и двамата с мъжа ми работим. Казаха ми, че няма места. Трябва да се върна на работа след месец и нямам с кого да го оставя.",
    answer: "Проверката установи, че класирането е извършено правилно според критериите на наредбата за прием, но в групата за Вашия набор капацитетът е изчерпан. Детето е първо в списъка на чакащите и ще бъде прието при първото освободено място. Междувременно Ви предлагаме място в детската градина в с. Груево, където има свободни места и е осигурен транспорт. От септември ще бъде открита нова група в централната детска градина, за която вече са осигурени средства.",
  },
  {
    kind: "SIGNAL",
    cat: "SCHOOLS",
    place: "училището на {street}, гр. Момчилград",
    subject: "Студено в класните стаи",
    body: "Децата в училището на {street} от седмица учат с якета, защото парното работи само сутрин. Няколко деца от класа на сина ми вече са болни. Казаха ни, че няма достатъчно гориво.",
    answer: "Проверката установи, че отоплителната инсталация на училището е работила в режим на пестене поради недостиг на пелети, причинен от забавена доставка. Общината осигури доставка на гориво в рамките на два дни и отоплението беше възстановено за целия учебен ден. С директора е уговорено да уведомява общината своевременно при недостиг на гориво.",
    incident: "recent",
  },
  {
    kind: "SIGNAL",
    cat: "SOCIAL",
    place: "с. {village}",
    subject: "Самотен възрастен човек без грижа в с. {village}",
    body: "В с. {village} живее сам възрастен мъж, който трудно се придвижва. Децата му са в чужбина. Съседите му носим храна, но той има нужда от редовна грижа и лекарства. Моля социалните служби да го посетят.",
    answer: "Сигналът беше предаден на Домашния социален патронаж и на Дирекция „Социално подпомагане“ – Момчилград. Социален работник посети лицето заедно с кметския наместник. С негово съгласие той беше включен в услугата за патронажна грижа – получава топъл обяд всеки ден и ежеседмично посещение на медицинска сестра, а с личния му лекар е уговорено лекарствата да му се доставят у дома. Благодарим на Вас и на съседите за проявената грижа.",
    forward: true,
  },
  {
    kind: "COMPLAINT",
    cat: "HEALTH",
    place: "здравната служба в с. {village}",
    subject: "Лекарят в с. {village} идва все по-рядко",
    body: "Личният лекар идваше в здравната служба в с. {village} два пъти седмично, а сега идва веднъж на две седмици. Хората от селото и махалите трябва да пътуват до Момчилград за рецепта. Помещението на здравната служба е студено и няма отопление.",
    answer: "Общината не определя графика на общопрактикуващите лекари, които работят по договор с Районната здравноосигурителна каса. Проверката установи, че лекарят е намалил посещенията си поради увеличен брой пациенти в съседно село. След среща с кмета лекарят се съгласи да посещава здравната служба всеки вторник, а общината ще осигури отоплението на помещението от предстоящия отоплителен сезон. Общината продължава да търси лекар за района и предлага безплатно жилище и кабинет.",
    forward: true,
  },
  // --- PRO: property, housing, pastures ---
  {
    kind: "COMPLAINT",
    cat: "HOUSING",
    place: "общинско жилище, {street}, гр. Момчилград",
    subject: "Теч от покрива на общинското жилище",
    body: "Живея под наем в общинско жилище на {street}. От есента покривът тече и в детската стая има мухъл по стените. Няколко пъти съм казвал на домоуправителя, но никой не е дошъл да огледа. Плащам наема редовно.",
    answer: "Проверката установи повредена хидроизолация на покрива над Вашето жилище. Ремонтът беше възложен като спешен по рамковия договор за текущи ремонти на общински жилища и е завършен; стените ще бъдат третирани против мухъл и боядисани за сметка на общината. Заради забавената реакция домоуправителят е предупреден, а заявките за ремонт на общински жилища вече се регистрират и имат срок за отговор.",
  },
  {
    kind: "SIGNAL",
    cat: "RENT",
    place: "{street} № {no}, гр. Момчилград",
    subject: "Общинско помещение се ползва без договор",
    body: "Помещението на партера на общинската сграда на {street} № {no} се ползва като склад от частна фирма. Доколкото знам, няма търг и договор за наем. Ако е така, общината губи пари, а помещението може да се ползва за нещо полезно.",
    answer: "Проверката на отдел „Общинска собственост“ установи, че договорът за наем на помещението е изтекъл преди 5 месеца и не е подновен, а фирмата е продължила да го ползва. На фирмата беше изпратена покана да освободи помещението в 14-дневен срок и ще бъде потърсено обезщетение за ползването без правно основание. Помещението ще бъде предложено за отдаване под наем чрез публичен търг. Благодарим за сигнала.",
  },
  {
    kind: "OPINION",
    cat: "PASTURES",
    place: null,
    subject: "Мнение за разпределението на общинските пасища",
    body: "Животновъдите в селата смятаме, че пасищата не се разпределят справедливо – големите ферми получават най-близките пасища, а малките стопани с по няколко крави трябва да карат животните по 5 км. Мисля, че трябва да се отчита и разстоянието до селото.",
    answer: "Благодарим за мнението. Пасищата се разпределят по реда на Закона за собствеността и ползването на земеделските земи според броя на регистрираните животни и землището, в което е регистриран животновъдният обект. Мнението Ви ще бъде представено на комисията при следващото годишно разпределение и при възможност ще се търсят пасища в близост до селата за малките стопанства.",
  },
  // --- INT: corruption signals, whistleblower reports ---
  {
    kind: "CORRUPTION_SIGNAL",
    cat: "CORRUPTION",
    place: "Общинска администрация Момчилград",
    subject: "Поискани пари за ускоряване на разрешение за строеж",
    body: "Подадох документи за разрешение за строеж на магазин. Един от служителите, който води преписката, ми каза, че ако „се разберем“ и му дам 300 евро на ръка, разрешението ще стане за седмица, иначе ще се бави месеци. Не съм платил. Готов съм да дам обяснения, но се страхувам, че преписката ми ще бъде спряна.",
    answer: "Сигналът беше разгледан от Звеното за противодействие на корупцията при спазване на конфиденциалност. Проверени бяха движението на преписката и кореспонденцията по нея и беше изслушан посоченият служител. Тъй като сигналът съдържа данни за възможно престъпление, на основание чл. 123, ал. 4 от Административнопроцесуалния кодекс материалите бяха изпратени на Районна прокуратура – Кърджали. Служителят е отстранен от работа по преписки за разрешения за строеж до приключване на проверката, а Вашата преписка беше разпределена на друг експерт и се разглежда в законовия срок.",
    incident: "recent",
  },
  {
    kind: "CORRUPTION_SIGNAL",
    cat: "CONFLICT_OF_INTEREST",
    place: "{street}, гр. Момчилград",
    subject: "Конфликт на интереси при ремонта на {street}",
    body: "Фирмата, която спечели обществената поръчка за ремонта на {street}, е собственост на съпругата на служител от общината, който е бил в комисията за оценка на офертите. Освен това ремонтът е извършен некачествено и вече има пукнатини.",
    answer: "Сигналът беше проверен от Звеното за противодействие на корупцията. Проверката на декларациите за несъвместимост и на документацията по обществената поръчка установи, че посоченият служител не е бил член на комисията за оценка, но е участвал в приемането на изпълнените работи. Участието му в приемането при свързаност с изпълнителя представлява конфликт на интереси; образувано е производство за установяването му. Работите ще бъдат приети повторно от комисия без участието на служителя, а от изпълнителя е поискано отстраняване на пукнатините по гаранционните условия.",
  },
  {
    kind: "WHISTLEBLOWER_REPORT",
    cat: "WHISTLEBLOWING",
    place: null,
    subject: "Подписване на протоколи за неизвършени ремонтни работи",
    body: "Работя в общинската администрация и подавам сигнала по реда на Закона за защита на лицата, подаващи сигнали или публично оповестяващи информация за нарушения. През последните месеци от мен и колеги се изисква да подписваме протоколи за приемане на изкърпване на улици, което не е извършено или е извършено в много по-малък обем. Имам снимки и копия на протоколите. Моля самоличността ми да бъде защитена.",
    answer: "Сигналът Ви е регистриран и разгледан от служителя, отговарящ за сигналите по Закона за защита на лицата, подаващи сигнали или публично оповестяващи информация за нарушения. Извършена беше проверка на място на посочените участъци и сравнение с протоколите. Установено беше разминаване в обема на отчетените работи на четири обекта. Плащанията по тях са спрени, изпълнителят е поканен да възстанови надплатените суми, а материалите са изпратени на Агенцията за държавна финансова инспекция. Самоличността Ви не е разкривана и няма да бъде разкрита без изричното Ви писмено съгласие; ако срещу Вас бъдат предприети ответни действия, моля да ни уведомите незабавно.",
  },
  {
    kind: "WHISTLEBLOWER_REPORT",
    cat: "WHISTLEBLOWING",
    place: null,
    subject: "Служебен автомобил се използва за лични пътувания",
    body: "Като служител в администрацията съм свидетел как служебен автомобил на общината редовно се използва през почивните дни за лични пътувания, включително до Турция. Пътните листове се попълват с измислени курсове до селата. Не желая името ми да бъде свързвано със сигнала.",
    answer: "Сигналът Ви беше разгледан от служителя, отговарящ за сигналите за нарушения. Проверката на пътните листове, GPS данните на автомобила и регистъра за ползване установи, че в четири от посочените почивни дни автомобилът е бил ползван без заповед за командировка. На отговорния служител е наложено дисциплинарно наказание, а стойността на изразходваното гориво е възстановена. Въведен беше ред, по който ключовете за служебните автомобили се съхраняват в деловодството и ползването се отчита ежедневно. Самоличността Ви не е разкривана.",
  },
];

const TR_TEMPLATES: Template[] = [
  {
    kind: "SIGNAL",
    cat: "ROADS",
    place: "{street} No {no}, Momçilgrad",
    subject: "{street} üzerinde derin çukurlar",
    body: "{street} üzerinde, {no} numaranın karşısında asfaltta birkaç derin çukur var. Yağmurdan sonra suyla doluyor ve görünmüyor. Geçen hafta arabamın lastiği patladı. Akşamları bisikletli çocuklar da buradan geçiyor. Bir kaza olmadan çukurların kapatılmasını rica ediyorum.",
    answer: "Bayındırlık ve belediye hizmetleri biriminin görevlileri yerinde inceleme yaptı ve {street} üzerinde toplam yaklaşık 6 metrekarelik üç bozuk asfalt bölümü tespit etti. Bu bölümler yol bakım sözleşmesi kapsamındaki onarım programına alındı ve incelemeden sonraki hafta içinde asfaltla kapatıldı. Kaplamanın ömrü dolduğu için sokağın tamamen yeniden asfaltlanması gelecek yılın yatırım programına önerildi. Lastik hasarı için belgelerle birlikte Hizmet ve Danışma Merkezi'ne ayrı bir tazminat başvurusu yapabilirsiniz.",
    incident: "recent",
  },
  {
    kind: "SIGNAL",
    cat: "LIGHT",
    place: "{village} köyü, köy merkezi",
    subject: "{village} köyünde sokak lambaları yanmıyor",
    body: "{village} köyünün merkezinde, caminin ve bakkalın çevresinde bir aydır hiçbir sokak lambası yanmıyor. Muhtar talep verdiğini söylüyor ama hiçbir şey yapılmadı. İnsanlar akşam işten karanlıkta dönüyor, yol da çukurlu.",
    answer: "İnceleme sonucunda {village} köyü merkezindeki aydınlatmanın elektrik panosundaki arızalı zaman şalteri nedeniyle kapalı kaldığı tespit edildi. Şalter değiştirildi ve aydınlatma normal programına göre çalışıyor. Köy muhtarına bilgi verildi. Gecikmenin nedeni bakım firmasında biriken taleplerdir; firmayla bu tür arızaların 5 iş günü içinde giderilmesi konusunda anlaşıldı.",
  },
  {
    kind: "SIGNAL",
    cat: "WASTE",
    place: "{street} No {no}, Momçilgrad",
    subject: "Çöp konteynerleri bir haftadır boşaltılmıyor",
    body: "{street} No {no} önündeki çöp konteynerleri bir haftadan fazladır boşaltılmadı. Çöpler etrafa dağılmış, kediler ve köpekler her yere taşıyor, sıcakta koku dayanılmaz. Çöp harcını düzenli ödüyoruz ve hizmetin yapılmasını bekliyoruz.",
    answer: "Yapılan incelemede çöp kamyonunun arızası nedeniyle bölgedeki toplama programının 8 gün aksadığı tespit edildi. Konteynerler boşaltıldı, çevresi temizlendi ve dezenfekte edildi. Çöp toplama firmasından arıza durumlarında yedek araç sağlaması istendi ve sözleşmeye göre cezai şart uygulandı. Sokaklara göre çöp toplama programı belediyenin internet sitesinde yayımlanmıştır.",
    incident: "recent",
  },
  {
    kind: "COMPLAINT",
    cat: "WATER",
    place: "{village} köyü",
    subject: "{village} köyünde üç gündür su yok",
    body: "{village} köyünde üç gündür su yok ve kimse bizi önceden haberdar etmedi. Köyde çeşmeden su taşıyamayan çok sayıda yaşlı insan var. Arıza telefonunu aradık ama kimse açmıyor. Belediyenin yardımcı olmasını rica ediyoruz.",
    answer: "{village} köyünün su hizmeti belediyeye bağlı olmayan “ViK” EOOD – Kırcaali şirketi tarafından verilmektedir. İdari Usul Kanunu'nun 112. maddesi uyarınca şikâyetiniz aynı gün yetkili şirkete iletilmiştir. Şirketten alınan bilgiye göre kesinti ana isale hattındaki bir arızadan kaynaklanmış, arıza giderilmiş ve su yeniden verilmeye başlanmıştır. Belediye, şirketten planlı kesintilerde muhtarlığı önceden bilgilendirmesini ve uzun süreli arızalarda su tankeri sağlamasını talep etmiştir.",
    forward: true,
    incident: "recent",
  },
  {
    kind: "COMPLAINT",
    cat: "LOCAL_TAX",
    place: "Yerel vergiler ve harçlar gişesi, 26 Aralık Sokağı No 12",
    subject: "Vergi gişesinde bir buçuk saat bekleme",
    body: "Bugün araba ve ev vergisini ödemek için yerel vergiler gişesinde bir buçuk saatten fazla bekledim. İki gişeden sadece biri açıktı, kuyruk kapıya kadar uzanıyordu. Bekleyenlerin çoğu yaşlıydı ve oturacak yer yoktu. Nisan sonunda daha fazla görevli olmaması normal değil.",
    answer: "Yapılan incelemede belirtilen gün gişedeki iki görevliden birinin hastalık izninde olduğu, %5 indirimli ödeme süresinin son günü (30 Nisan) yaklaştığı için de ziyaretçi sayısının normalin iki katına çıktığı tespit edildi. Benzer bir durumun tekrarlanmaması için Mart–Nisan döneminde üçüncü bir gişe açılacak, sıra numarası sistemi kurulacak ve bekleme alanına ek sandalyeler konulacaktır. Yerel vergilerin internet üzerinden, banka aracılığıyla ve postanelerde de ödenebileceğini hatırlatırız. Yaşadığınız sıkıntı için özür dileriz.",
    incident: "recent",
  },
  {
    kind: "GRIEVANCE",
    cat: "STAFF_CONDUCT",
    place: "Hizmet ve Danışma Merkezi",
    subject: "Gişedeki görevlinin kaba davranışı",
    body: "Annemin evi için mirasçılık belgesi almak üzere Hizmet ve Danışma Merkezi'ne gittim. Gişedeki görevli sesini yükseltti, vaktini boşa harcadığımı söyledi ve hangi belgelerin gerektiğini açıklamayı reddetti. Annem 78 yaşında ve çok üzüldü. Özür ve yaşlılara daha saygılı davranılmasını bekliyorum.",
    answer: "Yakınmanız üzerine belediye sekreteri tarafından inceleme yapıldı. Görevli ve konuşma sırasında orada bulunan iki çalışma arkadaşı dinlendi. Görevlinin, belediye çalışanlarının Etik Kuralları ve Müşteri Şartı standartlarıyla bağdaşmayan kaba bir tutum sergilediği tespit edildi. Görevliye yazılı uyarı verildi ve birim çalışanlarına müşteri hizmetleri konusunda ek eğitim düzenlendi. Sizden ve annenizden özür dileriz. Mirasçılık belgesi için gerekli bilgiler size telefonla iletilecektir.",
    incident: "recent",
  },
  {
    kind: "PRAISE",
    cat: "SERVICE_QUALITY",
    place: "Hizmet ve Danışma Merkezi, 26 Aralık Sokağı No 12",
    subject: "Danışma merkezindeki görevliye teşekkür",
    body: "Hizmet ve Danışma Merkezi'nde 3 numaralı gişede çalışan hanımefendiye teşekkür etmek istiyorum. Babamın tapu işleri için belgeleri doldurmamda sabırla yardım etti ve her şeyi Türkçe de açıkladı. Böyle ilgili bir davranışla her zaman karşılaşılmıyor.",
    answer: "Güzel sözleriniz için teşekkür ederiz. Övgünüz görevliye ve bağlı olduğu amirine iletildi ve yıllık performans değerlendirmesinde dikkate alınacaktır. Müşteri Şartı'nda söz verdiğimiz hizmeti almanıza sevindik.",
  },
  {
    kind: "PRAISE",
    cat: "CIVIL_REG",
    place: "Nüfus kayıt birimi",
    subject: "Nüfus kayıt birimine teşekkür",
    body: "Türkiye'de yaşıyorum ve çocuğumun doğum belgesinin Bulgaristan'da kaydı için e-posta ile başvurdum. Nüfus kayıt birimi beni telefonla arayıp eksik belgeyi açıkladı ve işlem bir haftada tamamlandı. Bu hızlı ve nazik hizmet için çok teşekkür ederim.",
    answer: "Teşekkür ederiz! Övgünüz nüfus kayıt birimi çalışanlarına iletildi. Yurt dışında doğan çocukların kayıt işlemlerinin e-posta ile ve Elektronik İdari Hizmetler Portalı üzerinden de başlatılabileceğini hatırlatırız.",
  },
  {
    kind: "PROPOSAL",
    cat: "PLAYGROUNDS",
    place: "{village} köyü",
    subject: "{village} köyüne çocuk oyun parkı",
    body: "{village} köyünde 30'dan fazla çocuk var ama hiç oyun parkı yok. Çocuklar bakkalın önündeki yolda oynuyor. Okulun yanında boş ve bakımsız bir belediye arsası var. Oraya salıncaklı ve kaydıraklı bir oyun parkı yapılmasını öneriyoruz. Veliler olarak işçilikte yardım etmeye hazırız.",
    answer: "Öneriniz {village} köyü muhtarıyla birlikte değerlendirildi. Okulun yanındaki arsa belediye mülküdür ve oyun parkı için uygundur. Oyun parkının, tahmini bedeli 25 000 avro olan ve belediye bütçesinden karşılanacak gelecek yılın oyun parkları planına alınmasına karar verildi. Arsa önümüzdeki ay temizlenecektir. Velilerin yardım isteği için teşekkür ederiz; muhtar, parkın çevresine ağaç dikme gönüllü etkinliği için sizinle iletişime geçecektir.",
  },
  {
    kind: "PROPOSAL",
    cat: "TRANSPORT",
    place: "{village} köyü",
    subject: "Pazar günleri de {village} köyüne otobüs",
    body: "{village} köyüne otobüs sadece hafta içi çalışıyor. Pazar günleri şehirde çalışanlar ya da Kırcaali'deki hastanede yakınını ziyaret etmek isteyenler gidemiyor. Pazar günleri en azından sabah bir ve öğleden sonra bir sefer konulmasını öneriyoruz.",
    answer: "Öneriniz belediye ulaşım planının güncellenmesi sırasında değerlendirildi. Yolcu sayısı analizi hafta sonu seferlerinde ortalama 6–8 yolcu olduğunu gösteriyor. Buna rağmen Belediye Meclisi 6 ay süreyle deneme amaçlı bir pazar seferini onayladı ({village} köyünden saat 07:30'da hareket, otogardan saat 16:30'da dönüş). Süre sonunda seferin devam edip etmeyeceği değerlendirilecektir. Sefer saatleri belediyenin internet sitesinde yayımlanmıştır.",
  },
  {
    kind: "OPINION",
    cat: "WEBSITE",
    place: null,
    subject: "Belediye sitesinde Türkçe bilgi olmalı",
    body: "Bence belediyenin internet sitesinde en azından temel hizmetler, çalışma saatleri ve çöp toplama programı hakkında Türkçe bilgi olmalı. Belediyemizde nüfusun büyük kısmı Türkçe konuşuyor ve birçok yaşlı insan Bulgarca metinleri zor anlıyor.",
    answer: "Görüşünüz için teşekkür ederiz. Yeni internet sitesinde en çok aranan hizmetler, çalışma saatleri, iletişim bilgileri ve çöp toplama programı hakkındaki bilgilerin Türkçe ve İngilizce olarak da yayımlanması öngörülmüştür. Resmî belgeler ve kararlar Bulgarca yayımlanmaya devam edecektir. Görüş ve şikâyetlerinizi bu platform üzerinden Türkçe de iletebilirsiniz.",
  },
  {
    kind: "COMMENT",
    cat: "EVENTS",
    place: null,
    subject: "Şehir bayramı hakkında yorum",
    body: "Bu yılki şehir bayramı güzeldi ama konser bir saat geç başladı ve yeterli tuvalet yoktu. Programın en az bir hafta önceden ve Türkçe olarak da duyurulması iyi olur.",
    answer: "Yorumunuz için teşekkür ederiz. Gecikme ses sistemindeki teknik bir arızadan kaynaklandı. Vatandaşların görüşleri gelecek etkinliklerin düzenlenmesinde dikkate alınacak: program en az 10 gün önceden Bulgarca ve Türkçe olarak duyurulacak ve seyyar tuvalet sayısı artırılacaktır.",
  },
  {
    kind: "RECOMMENDATION",
    cat: "SERVICE_QUALITY",
    place: "Hizmet ve Danışma Merkezi",
    subject: "Yaşlılar için oturma yeri ve sıra numarası",
    body: "Hizmet ve Danışma Merkezi'nde bekleme alanına daha fazla sandalye konulmasını ve sıra numarası sistemi kurulmasını tavsiye ederim. Yaşlı insanlar ayakta uzun süre bekliyor ve kimin sırası olduğu konusunda sık sık tartışma çıkıyor.",
    answer: "Tavsiyeniz yönetim tarafından değerlendirildi. Bekleme alanına 10 yeni sandalye konuldu, 70 yaş üstü vatandaşlar ve engelliler için öncelikli bir gişe belirlendi. Sıra numarası sistemi, Hizmet ve Danışma Merkezi'nin modernizasyon projesi kapsamında kurulacaktır.",
  },
  {
    kind: "SIGNAL",
    cat: "ILLEGAL_BUILD",
    place: "{street} No {no}, Momçilgrad",
    subject: "Komşunun izinsiz inşaatı",
    body: "{street} No {no} adresindeki komşum tam benim arsamın sınırına ikinci kat ve sundurma yapıyor. İnşaat izni tabelası yok, pazar günleri bile çalışıyorlar. Sundurmanın yağmur suyu benim bahçeme akacak. İnşaatın yasal olup olmadığının kontrol edilmesini rica ediyorum.",
    answer: "İmar biriminin görevlileri yerinde ve arşivde inceleme yaptı. Kat ilavesi ve sundurma için inşaat izni verilmediği tespit edildi. Bölge Planlama Kanunu'nun 225a maddesi uyarınca tespit tutanağı düzenlendi ve kaçak yapının yıkımı için işlem başlatıldı; inşaat durduruldu. İlgili kişi olarak işlemin seyri hakkında bilgilendirileceksiniz. Belediye başkanının kararına karşı muhatabı Kırcaali İdare Mahkemesi'ne itiraz edebilir.",
    incident: "recent",
  },
  {
    kind: "SIGNAL",
    cat: "STRAY_ANIMALS",
    place: "{street}, okulun çevresi",
    subject: "Okulun yanında sahipsiz köpek sürüsü",
    body: "{street} üzerindeki okulun çevresinde birkaç haftadır altı yedi sahipsiz köpek dolaşıyor. Sabahları havlayıp çocukları kovalıyorlar, dün bir köpek beşinci sınıftan bir çocuğu ısırdı. Veliler çocuklarını yalnız göndermekten korkuyor. Acil önlem alınmasını rica ediyorum.",
    answer: "Bildiriminiz sahipsiz köpeklerin kontrolü için belediyenin sözleşmeli ekibine hemen iletildi. Yedi köpek yakalandı; saldırgan davranış göstermeyen beşi kısırlaştırıldı, aşılandı ve işaretlendi ve Hayvanları Koruma Kanunu uyarınca bölgeye geri bırakılacak. Saldırgan davranış gösteren iki köpek barınağa yerleştirildi ve geri bırakılmayacak. Isırma olayı Bölge Sağlık Müfettişliği'ne bildirildi. Bölge gözetim altında tutulmaktadır.",
    incident: "recent",
  },
  {
    kind: "COMPLAINT",
    cat: "WASTE_FEE",
    place: "{village} köyü",
    subject: "Boş ev için çöp harcı tahakkuk ettirildi",
    body: "{village} köyündeki evim yıllardır boş, çöp toplama hizmetini kullanmıyorum. Kullanılmama beyannamesi verdim ama yine bütün yıl için çöp harcı tahakkuk ettirildi. Borcumun düzeltilmesini rica ediyorum. Ben Türkiye'de yaşıyorum.",
    answer: "Yerel vergiler biriminin bilgi sisteminde yapılan incelemede, Yerel Vergiler ve Harçlar Kanunu'nun 71. maddesi uyarınca verdiğiniz beyannamenin, yasal süre olan önceki yılın 31 Ekim tarihinden sonra, 14 Kasım'da verildiği tespit edildi. Bu nedenle çöp toplama ve taşıma harcından muafiyet bir sonraki takvim yılından itibaren uygulanacaktır; cari yıl için borç doğru tahakkuk ettirilmiştir. Kamuya açık alanların temizlik harcı beyannameden bağımsız olarak ödenir. Bu karara Vergi ve Sosyal Güvenlik Usul Kanunu'na göre itiraz edebilirsiniz.",
  },
  {
    kind: "SIGNAL",
    cat: "SOCIAL",
    place: "{village} köyü",
    subject: "Yalnız yaşayan yaşlı komşumuz bakıma muhtaç",
    body: "{village} köyünde yalnız yaşayan, yürümekte zorlanan yaşlı bir komşumuz var. Çocukları yurt dışında. Komşular olarak yemek götürüyoruz ama düzenli bakıma ve ilaçlarına ihtiyacı var. Sosyal hizmetlerin kendisini ziyaret etmesini rica ediyoruz.",
    answer: "Bildiriminiz Evde Sosyal Bakım Hizmeti'ne ve Momçilgrad Sosyal Yardım Müdürlüğü'ne iletildi. Bir sosyal çalışan köy muhtarıyla birlikte kendisini ziyaret etti. Onayıyla evde bakım hizmetine dahil edildi: her gün sıcak öğle yemeği alıyor, haftada bir sağlık görevlisi ziyaret ediyor ve aile hekimiyle ilaçlarının eve teslim edilmesi konusunda anlaşıldı. Size ve komşularınıza gösterdiğiniz ilgi için teşekkür ederiz.",
    forward: true,
  },
  {
    kind: "CORRUPTION_SIGNAL",
    cat: "CORRUPTION",
    place: "Momçilgrad Belediyesi",
    subject: "İnşaat izni için rüşvet istendi",
    body: "Bir dükkân için inşaat izni başvurusu yaptım. Dosyayı takip eden görevlilerden biri, eğer “anlaşırsak” ve elden 300 avro verirsem iznin bir haftada çıkacağını, aksi halde aylarca süreceğini söyledi. Ödeme yapmadım. Açıklama yapmaya hazırım ama dosyamın durdurulmasından korkuyorum.",
    answer: "Bildiriminiz gizlilik esasına uygun olarak Yolsuzlukla Mücadele Birimi tarafından incelendi. Dosyanın işlem geçmişi ve yazışmalar kontrol edildi, adı geçen görevli dinlendi. Bildirim olası bir suça ilişkin veriler içerdiğinden İdari Usul Kanunu'nun 123. maddesinin 4. fıkrası uyarınca belgeler Kırcaali Bölge Savcılığı'na gönderildi. Görevli, inceleme tamamlanana kadar inşaat izni dosyalarından uzaklaştırıldı; dosyanız başka bir uzmana verildi ve yasal süre içinde sonuçlandırılacaktır.",
    incident: "recent",
  },
  {
    kind: "WHISTLEBLOWER_REPORT",
    cat: "WHISTLEBLOWING",
    place: null,
    subject: "Yapılmayan onarımlar için imzalatılan tutanaklar",
    body: "Belediyede çalışıyorum ve bu bildirimi ihlalleri bildiren kişilerin korunması hakkındaki kanun kapsamında yapıyorum. Son aylarda benden ve meslektaşlarımdan, yapılmamış ya da çok daha az yapılmış sokak onarımları için kabul tutanakları imzalamamız isteniyor. Fotoğraflarım ve tutanakların kopyaları var. Kimliğimin korunmasını rica ediyorum.",
    answer: "Bildiriminiz kayda alınmış ve ihlal bildirimlerini incelemekle görevli personel tarafından incelenmiştir. Belirtilen yerlerde yerinde kontrol yapıldı ve sonuçlar tutanaklarla karşılaştırıldı. Dört iş kaleminde bildirilen iş miktarlarında farklılık tespit edildi. Bu işlere ilişkin ödemeler durduruldu, yükleniciden fazla ödenen tutarları iade etmesi istendi ve belgeler Devlet Mali Denetim Ajansı'na gönderildi. Kimliğiniz açıklanmamıştır ve yazılı onayınız olmadan açıklanmayacaktır; size karşı herhangi bir misilleme olursa lütfen derhal bize bildirin.",
  },
];

const EN_TEMPLATES: Template[] = [
  {
    kind: "SIGNAL",
    cat: "ROADS",
    place: "{street} {no}, Momchilgrad",
    subject: "Deep potholes on {street}",
    body: "There are several deep potholes on {street}, opposite number {no}. After rain they fill with water and you cannot see them. Last week I damaged a tyre in one of them, and children ride their bikes along this street in the evening. Please repair them before someone gets hurt.",
    answer: "Staff from the Public works department inspected the site and found three sections of damaged asphalt on {street}, about 6 square metres in total. They were added to the repair schedule under the road maintenance contract and were patched within a week of the inspection. Because the surface has reached the end of its service life, full resurfacing of the street has been proposed for next year's capital programme. For compensation for the damaged tyre you may file a separate claim with supporting documents at the Centre for services and information.",
    incident: "recent",
  },
  {
    kind: "SIGNAL",
    cat: "LIGHT",
    place: "{village} village, centre",
    subject: "Street lights out in {village}",
    body: "We live in {village} for part of the year. For about a month none of the street lights around the square and the shop have worked. The village mayor says he has reported it, but nothing has happened. It is completely dark in the evening and the road has holes.",
    answer: "The inspection found that the street lighting in the centre of {village} had been switched off because of a faulty timer in the distribution board. The timer has been replaced and the lights now follow the normal schedule. The village mayor has been informed. The delay was caused by a backlog at the maintenance contractor, who has agreed to fix such faults within 5 working days.",
  },
  {
    kind: "SIGNAL",
    cat: "WASTE",
    place: "{village} village",
    subject: "No recycling containers in {village}",
    body: "There are no containers for separate collection of plastic, paper or glass anywhere in {village}. We try to sort our waste, but we have to drive it to Momchilgrad. The general bins near the bus stop are also often overflowing at weekends in summer.",
    answer: "Separate collection containers are provided by the packaging recovery organisation that has a contract with the municipality; we have requested a set of yellow, blue and green containers for {village}, which will be placed next to the bus stop within two months. Collection of the general bins in the village has been increased to twice a week from June to September.",
  },
  {
    kind: "COMPLAINT",
    cat: "WATER",
    place: "{village} village",
    subject: "Repeated water cuts in {village} without notice",
    body: "For the third time this month the water in {village} has been cut off for more than a day without any notice. There are elderly people living alone here who cannot carry water from the fountain. The emergency number does not answer. Please intervene.",
    answer: "The water supply in {village} is run by ViK EOOD – Kardzhali, a water company that is not part of the municipal administration. Under Article 112 of the Administrative Procedure Code your complaint was forwarded to the company on the day we received it. According to the company, the interruptions were caused by failures of the main supply pipe, which has now been repaired. The municipality has asked the company to notify the village mayor in advance of planned interruptions and to provide a water tanker during long outages.",
    forward: true,
    incident: "recent",
  },
  {
    kind: "COMPLAINT",
    cat: "LOCAL_TAX",
    place: "{village} village",
    subject: "Cannot pay property tax from abroad",
    body: "I own a house in {village} and live in the UK. Every year it is a struggle to pay the property tax and the waste fee: the online payment does not accept foreign cards and the bank transfer instructions on the website are only in Bulgarian. Last year I was charged interest because my transfer arrived late.",
    answer: "We checked your account and found that your transfer last year arrived 6 days after the deadline because of processing time between banks, so the interest was charged correctly. We understand the difficulty, however. The municipality's bank details (IBAN and BIC) with instructions in English have now been published on the website, and the online payment provider has been asked to accept cards issued abroad. You can also ask us by e-mail for a statement of the exact amount due before you pay. Please quote your identification number and the property's account number with each transfer.",
  },
  {
    kind: "COMPLAINT",
    cat: "NOISE",
    place: "{street} {no}, Momchilgrad",
    subject: "Loud music from a bar after midnight",
    body: "The bar at {street} {no} plays loud music every Friday and Saturday until 2 or 3 a.m. I live in the flat above with a small child and we cannot sleep. I have spoken to the owner but nothing has changed.",
    answer: "Municipal staff carried out two night-time inspections together with the Momchilgrad police station. Both times the bar was found playing music after 11 p.m. in breach of the municipal ordinance on public order. Penalty notices were issued to the owner, together with an instruction to reduce the volume and keep doors and windows closed. If the breach is repeated, the mayor may restrict the bar's opening hours. The bar remains on the list for follow-up inspections.",
    incident: "recent",
  },
  {
    kind: "GRIEVANCE",
    cat: "STAFF_CONDUCT",
    place: "Civil registration desk, 26-ti Dekemvri St 12",
    subject: "Treated dismissively at the address registration desk",
    body: "I am an EU citizen with long-term residence in Bulgaria. When I went to register my current address, the clerk refused to look at my documents, said something to a colleague and laughed, and told me to come back with a translator. I speak basic Bulgarian and had all the documents the website lists. I would like an explanation.",
    answer: "Your grievance was examined by the municipal secretary, who heard the clerk and the colleague present. It was found that the clerk had not checked your documents and had not explained what, if anything, was missing, which is contrary to the Code of Ethics and the standards of the Client Charter. The clerk has received a written warning. Your documents were in order, and you may complete your address registration at the desk at any time without an interpreter. Please accept our apologies.",
    incident: "recent",
  },
  {
    kind: "PRAISE",
    cat: "SERVICE_QUALITY",
    place: "Centre for services and information",
    subject: "Thank you to the staff at the Centre for services",
    body: "I would like to thank the staff at the Centre for services and information. I came to pay my taxes and to ask about a permit for a small extension, and a young woman at the counter explained everything in English, printed the forms for me and even phoned the architect's office to check a detail. Excellent service.",
    answer: "Thank you for your kind words. Your praise has been passed on to the employee and her manager and will be taken into account in her annual appraisal. We are glad that you received the service we promise in our Client Charter.",
  },
  {
    kind: "PRAISE",
    cat: "GREEN",
    place: "Central park, Momchilgrad",
    subject: "The renovated park looks wonderful",
    body: "Just a note to say that the renovated central park looks wonderful – new benches, flowers and clean paths. We walk there every day with our dog. Thank you to the gardeners who look after it.",
    answer: "Thank you for your message, which we have passed on to the greening team. We would also remind dog owners to keep dogs on a lead and to use the bins for dog waste placed in the park.",
  },
  {
    kind: "PROPOSAL",
    cat: "URBAN_PLAN",
    place: "Bulgaria Blvd, Momchilgrad",
    subject: "A cycle lane along Bulgaria Blvd",
    body: "More and more people in Momchilgrad cycle or use scooters, but there is no safe space for them on Bulgaria Blvd – they ride either among the cars or on the pavement among pedestrians. I propose a cycle lane from the centre to the sports complex and the railway station, at least on one side of the boulevard.",
    answer: "Your proposal was discussed by experts from the Territorial development and the Public works departments. The width of the carriageway allows a two-way cycle lane between the centre and the sports complex, but not on the section towards the station, where land would have to be acquired. It was decided to include the first section in a design brief next year and to apply for funding under a sustainable urban mobility programme. The design will be published for public consultation, and we invite you to take part.",
  },
  {
    kind: "PROPOSAL",
    cat: "TOURISM",
    place: "Tatul Thracian sanctuary",
    subject: "English signs and information at the Tatul sanctuary",
    body: "We visited the Thracian sanctuary at Tatul and it is a remarkable place, but there are almost no signs in English on the way from Momchilgrad and the information boards at the site are faded. I propose new signposting in Bulgarian, Turkish and English and a small leaflet or QR codes with information.",
    answer: "Thank you for the proposal, which we accept. The municipality is preparing tourist signposting in Bulgarian, English and Turkish along the road from Kardzhali and in the town, and the information boards at the sanctuary will be renewed with QR codes linking to audio guides. A tourist information centre will open in the community centre building, and a tourism section about the sanctuary will be added to the municipal website.",
  },
  {
    kind: "OPINION",
    cat: "WEBSITE",
    place: null,
    subject: "The English version of the website is out of date",
    body: "In my opinion the English pages of the municipal website are not useful: most of them are several years old, the contact details are wrong and the links to forms do not work. For foreign property owners and visitors a few reliable pages would be better than a full translation.",
    answer: "Thank you for your opinion, which we share. Outdated English pages have been taken down and the contact details corrected. The new website, to be launched by the end of the year, will offer a short set of maintained pages in English and Turkish: contacts and opening hours, local taxes and how to pay them from abroad, waste collection, and how to submit a request or complaint.",
  },
  {
    kind: "COMMENT",
    cat: "BUDGET",
    place: null,
    subject: "Comment on the draft municipal budget",
    body: "I read the draft budget published for public consultation. It is good that there is money for school repairs, but I could not find anything for the villages in the east of the municipality, where the roads are the worst. It would also help if the consultation document included a one-page summary.",
    answer: "Thank you for your comment. It has been included in the report on the public consultation, which goes to the Municipal Council together with the draft budget. The capital programme does include the repair of the road to Zvezdel, and repairs of the other roads in the east of the municipality are included in applications for external funding. Your suggestion of a one-page summary has been adopted for future consultations.",
  },
  {
    kind: "RECOMMENDATION",
    cat: "PUBLIC_INFO",
    place: null,
    subject: "Publish council decisions in a searchable form",
    body: "I recommend that decisions of the Municipal Council be published as searchable text, with a date and a short title, rather than as scanned PDFs of whole meeting minutes. An e-mail subscription for new decisions would also help.",
    answer: "Your recommendation has been accepted. From next month council decisions will be published as text with a title, date and subject, and will also be available on the national Open Data Portal. An e-mail subscription is planned for the new website.",
  },
  {
    kind: "SIGNAL",
    cat: "ILLEGAL_BUILD",
    place: "{village} village",
    subject: "Building works without a visible permit in {village}",
    body: "Next to our house in {village} a neighbour has started building a large two-storey extension. There is no sign showing a permit, and the works go on into the evening. Part of the extension seems to be on the municipal road. Could you check whether this is legal?",
    answer: "Staff of the Territorial development department inspected the site and checked the records. No building permit had been issued for the extension, and part of the foundation occupies the municipal road. A statement of findings was drawn up under Article 225a of the Spatial Development Act and proceedings for the removal of the unlawful construction have begun; the works have been stopped. As an interested party you will be informed of the progress of the proceedings.",
    incident: "recent",
  },
  {
    kind: "CORRUPTION_SIGNAL",
    cat: "CORRUPTION",
    place: "{village} village",
    subject: "Cash 'fee' requested for a lease of municipal land",
    body: "I applied to rent a plot of municipal farmland near {village} for an orchard. A man who said he works with the municipal property department told me that unless I paid him 500 euro in cash, the plot would go to someone else at the auction. I did not pay. I can describe him and I have his phone number.",
    answer: "Your report was examined confidentially by the anti-corruption unit. The auction file was checked and the employees involved in the procedure were heard. The man you describe is not an employee of the municipality, but the information points to a possible crime, so under Article 123(4) of the Administrative Procedure Code the material was sent to the Kardzhali District Prosecutor's Office together with the phone number you provided. The auction took place under the published rules. Please contact us if you are approached again.",
    incident: "recent",
  },
  {
    kind: "WHISTLEBLOWER_REPORT",
    cat: "WHISTLEBLOWING",
    place: null,
    subject: "Irregularities in reporting on an EU-funded project",
    body: "I work as an external consultant on an EU-funded project of the municipality and make this report under the Bulgarian whistleblower protection act. Attendance lists for training sessions that never took place have been submitted as evidence for payments, and participants' signatures appear to have been copied. I have copies of the documents. Please keep my identity confidential.",
    answer: "Your report was registered and examined by the officer responsible for reports under the whistleblower protection act. The attendance lists were compared with the venue bookings and participants were contacted. It was confirmed that three training sessions were reported but not held. The related expenditure has been withdrawn from the payment request, the managing authority has been informed of the irregularity, and disciplinary proceedings have begun. Your identity has not been disclosed and will not be disclosed without your written consent; please tell us immediately if you experience any retaliation.",
  },
];

const TEMPLATES: Record<DemoLocale, readonly Template[]> = { bg: BG_TEMPLATES, tr: TR_TEMPLATES, en: EN_TEMPLATES };

// ---------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------

type Sex = "m" | "f";
/** A given name: Cyrillic, Latin (as the person would spell it), sex. */
type Given = readonly [cyr: string, lat: string, sex: Sex];
/** A surname in its masculine form (the feminine adds -а / -a). */
type Family = readonly [cyr: string, lat: string];

const BG_GIVEN: readonly Given[] = [
  ["Георги", "Georgi", "m"], ["Иван", "Ivan", "m"], ["Димитър", "Dimitar", "m"], ["Петър", "Petar", "m"],
  ["Николай", "Nikolay", "m"], ["Стоян", "Stoyan", "m"], ["Красимир", "Krasimir", "m"], ["Тодор", "Todor", "m"],
  ["Христо", "Hristo", "m"], ["Васил", "Vasil", "m"], ["Атанас", "Atanas", "m"], ["Янко", "Yanko", "m"],
  ["Мария", "Mariya", "f"], ["Елена", "Elena", "f"], ["Десислава", "Desislava", "f"], ["Станка", "Stanka", "f"],
  ["Росица", "Rositsa", "f"], ["Веселина", "Veselina", "f"], ["Гергана", "Gergana", "f"], ["Милена", "Milena", "f"],
  ["Надежда", "Nadezhda", "f"], ["Петя", "Petya", "f"], ["Снежана", "Snezhana", "f"], ["Радка", "Radka", "f"],
];
const BG_FAMILY: readonly Family[] = [
  ["Петров", "Petrov"], ["Иванов", "Ivanov"], ["Димитров", "Dimitrov"], ["Стоянов", "Stoyanov"],
  ["Георгиев", "Georgiev"], ["Тодоров", "Todorov"], ["Костадинов", "Kostadinov"], ["Янков", "Yankov"],
  ["Атанасов", "Atanasov"], ["Колев", "Kolev"], ["Чакъров", "Chakarov"], ["Ангелов", "Angelov"],
];
const TR_GIVEN: readonly Given[] = [
  ["Мехмед", "Mehmed", "m"], ["Ахмед", "Ahmed", "m"], ["Хасан", "Hasan", "m"], ["Юсеин", "Hüseyin", "m"],
  ["Мустафа", "Mustafa", "m"], ["Сюлейман", "Süleyman", "m"], ["Ердинч", "Erdinç", "m"], ["Неджми", "Necmi", "m"],
  ["Исмаил", "İsmail", "m"], ["Али", "Ali", "m"], ["Айдън", "Aydın", "m"], ["Ерол", "Erol", "m"],
  ["Февзи", "Fevzi", "m"], ["Орхан", "Orhan", "m"], ["Сезгин", "Sezgin", "m"], ["Себахтин", "Sebahtin", "m"],
  ["Айше", "Ayşe", "f"], ["Фатме", "Fatme", "f"], ["Емине", "Emine", "f"], ["Гюлтен", "Gülten", "f"],
  ["Зюбейде", "Zübeyde", "f"], ["Севгюл", "Sevgül", "f"], ["Айсел", "Aysel", "f"], ["Незихе", "Nezihe", "f"],
  ["Сабрие", "Sabriye", "f"], ["Хатидже", "Hatice", "f"], ["Гюлсер", "Gülser", "f"], ["Мелек", "Melek", "f"],
  ["Нурие", "Nuriye", "f"], ["Шюкран", "Şükran", "f"], ["Бейхан", "Beyhan", "f"], ["Селиме", "Selime", "f"],
];
const TR_FAMILY: readonly Family[] = [
  ["Мехмедов", "Mehmedov"], ["Хасанов", "Hasanov"], ["Алиев", "Aliev"], ["Мустафов", "Mustafov"],
  ["Юсеинов", "Yuseinov"], ["Ахмедов", "Ahmedov"], ["Исмаилов", "İsmailov"], ["Реджебов", "Recebov"],
  ["Салиев", "Saliev"], ["Халилов", "Halilov"], ["Османов", "Osmanov"], ["Шабанов", "Şabanov"],
  ["Садъков", "Sadıkov"], ["Кязимов", "Kazımov"], ["Емурлов", "Emurlov"], ["Байрамов", "Bayramov"],
];
/** Foreign residents and property owners writing in English (first, last, sex). */
const FOREIGN: readonly (readonly [string, string, Sex])[] = [
  ["John", "Carter", "m"], ["Susan", "Miller", "f"], ["David", "Thompson", "m"], ["Helen", "Wright", "f"],
  ["Mark", "Evans", "m"], ["Claire", "Robinson", "f"], ["Peter", "Hughes", "m"], ["Anna", "Schmidt", "f"],
  ["Thomas", "Becker", "m"], ["Lucy", "Bennett", "f"], ["Richard", "Walsh", "m"], ["Emma", "Davies", "f"],
];

interface Person {
  /** Full name as the person writes it in this case. */
  name: string;
  /** Family name as written, for salutations. */
  family: string;
  /** Latin given and family names, for the e-mail address. */
  latinGiven: string;
  latinFamily: string;
  sex: Sex;
}

function makePerson(r: Rng, locale: DemoLocale): Person {
  if (locale === "en" && r() < 0.55) {
    const [given, family, sex] = pick(r, FOREIGN);
    return { name: `${given} ${family}`, family, latinGiven: given, latinFamily: family, sex };
  }
  // Most of Momchilgrad's residents are of Turkish origin; tr writers all are here.
  const turkish = locale === "tr" || r() < 0.62;
  const [gCyr, gLat, sex] = pick(r, turkish ? TR_GIVEN : BG_GIVEN);
  const [fCyr, fLat] = pick(r, turkish ? TR_FAMILY : BG_FAMILY);
  const familyCyr = sex === "f" ? `${fCyr}а` : fCyr;
  const familyLat = sex === "f" ? `${fLat}a` : fLat;
  if (locale === "bg") {
    return { name: `${gCyr} ${familyCyr}`, family: familyCyr, latinGiven: gLat, latinFamily: familyLat, sex };
  }
  return { name: `${gLat} ${familyLat}`, family: familyLat, latinGiven: gLat, latinFamily: familyLat, sex };
}

/** Lower-case ASCII for an e-mail local part (Ş→s, ı→i, ü→u …). */
function asciiFold(s: string): string {
  return s
    .replace(/ı/g, "i")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function makeEmail(r: Rng, p: Person): string {
  const g = asciiFold(p.latinGiven);
  const f = asciiFold(p.latinFamily);
  const local = pick(r, [
    `${g}.${f}`,
    `${g}.${f}`,
    `${g}${f}${int(r, 1, 99)}`,
    `${g.charAt(0)}.${f}`,
    `${g}_${f}`,
    `${f}.${g}`,
    `${g}${int(r, 1955, 2005)}`,
  ]);
  return `${local}@example.org`;
}

function makePhone(r: Rng): string {
  // Bulgarian mobile numbers: +359 87x / 88x / 89x xxx xxx.
  const operator = weighted(r, { "87": 2, "88": 5, "89": 3 });
  const digits = (n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join("");
  return `+359 ${operator}${digits(1)} ${digits(3)} ${digits(3)}`;
}

// ---------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------

const INFO_KINDS: ReadonlySet<Kind> = new Set(["OPINION", "COMMENT", "PRAISE"]);

const SUBJECT_PHRASE: Record<DemoLocale, Partial<Record<Kind, string>>> = {
  bg: {
    PROPOSAL: "направеното от Вас предложение",
    RECOMMENDATION: "отправената от Вас препоръка",
    COMPLAINT: "подадената от Вас жалба",
    GRIEVANCE: "подаденото от Вас оплакване",
    SIGNAL: "подадения от Вас сигнал",
    CORRUPTION_SIGNAL: "подадения от Вас сигнал за корупция",
    WHISTLEBLOWER_REPORT: "подадения от Вас сигнал за нарушение",
  },
  tr: {
    PROPOSAL: "önerinizle",
    RECOMMENDATION: "tavsiyenizle",
    COMPLAINT: "şikâyetinizle",
    GRIEVANCE: "yakınmanızla",
    SIGNAL: "bildiriminizle",
    CORRUPTION_SIGNAL: "yolsuzluk bildiriminizle",
    WHISTLEBLOWER_REPORT: "ihlal bildiriminizle",
  },
  en: {
    PROPOSAL: "your proposal",
    RECOMMENDATION: "your recommendation",
    COMPLAINT: "your complaint",
    GRIEVANCE: "your grievance",
    SIGNAL: "your report",
    CORRUPTION_SIGNAL: "your report of suspected corruption",
    WHISTLEBLOWER_REPORT: "your whistleblowing report",
  },
};

/** The legal basis of the answer (legal-deadlines.md, "Kinds of submission"). */
function basis(locale: DemoLocale, kind: Kind): string {
  const t = {
    bg: {
      proposal: "Отговорът се изпраща на основание чл. 118, ал. 1 от Административнопроцесуалния кодекс.",
      signal: "Решението е взето на основание чл. 121 и Ви се съобщава по реда на чл. 123, ал. 1 от Административнопроцесуалния кодекс.",
      restricted: "Самоличността Ви и съдържанието на сигнала са достъпни само за Звеното за противодействие на корупцията.",
      whistle: "Обратната информация се предоставя на основание чл. 16, т. 4 от Закона за защита на лицата, подаващи сигнали или публично оповестяващи информация за нарушения.",
      info: "Съобщението Ви е регистрирано и ще бъде отчетено в анализа на обратната връзка по Хартата на клиента.",
    },
    tr: {
      proposal: "Bu cevap İdari Usul Kanunu'nun 118. maddesinin 1. fıkrası uyarınca gönderilmektedir.",
      signal: "Karar, İdari Usul Kanunu'nun 121. maddesi uyarınca alınmış olup 123. maddesinin 1. fıkrası uyarınca tarafınıza bildirilmektedir.",
      restricted: "Kimliğiniz ve bildirimin içeriği yalnızca Yolsuzlukla Mücadele Birimi'nin erişimine açıktır.",
      whistle: "Bu geri bildirim, ihlalleri bildiren veya kamuya açıklayan kişilerin korunması hakkındaki kanunun 16. maddesinin 4. bendi uyarınca verilmektedir.",
      info: "Mesajınız kayda alınmış olup Müşteri Şartı kapsamındaki geri bildirim analizinde dikkate alınacaktır.",
    },
    en: {
      proposal: "This answer is given under Article 118(1) of the Administrative Procedure Code.",
      signal: "The decision was taken under Article 121 and is notified to you under Article 123(1) of the Administrative Procedure Code.",
      restricted: "Your identity and the content of your report are accessible only to the anti-corruption unit.",
      whistle: "This feedback is provided under Article 16(4) of the Act on the Protection of Persons Reporting or Publicly Disclosing Information on Breaches.",
      info: "Your message has been registered and will be taken into account in our analysis of feedback under the Client Charter.",
    },
  }[locale];
  switch (kind) {
    case "PROPOSAL":
    case "RECOMMENDATION":
      return t.proposal;
    case "SIGNAL":
    case "COMPLAINT":
    case "GRIEVANCE":
      return t.signal;
    case "CORRUPTION_SIGNAL":
      return `${t.signal} ${t.restricted}`;
    case "WHISTLEBLOWER_REPORT":
      return t.whistle;
    default:
      return t.info;
  }
}

function signerFor(categoryCode: string): { staff: (typeof STAFF)[number]; department: (typeof DEPARTMENTS)[number] } {
  const departmentCode = CATEGORIES.find((c) => c.code === categoryCode)?.departmentCode ?? "ADM";
  const department = DEPARTMENTS.find((d) => d.code === departmentCode) ?? DEPARTMENTS[0]!;
  const staff =
    STAFF.find((s) => s.departmentCode === departmentCode && (s.role === "HEAD" || s.role === "INTEGRITY")) ??
    STAFF.find((s) => s.role === "MANAGER")!;
  return { staff, department };
}

function composeAnswer(
  locale: DemoLocale,
  kind: Kind,
  person: Person,
  subject: string,
  core: string,
  categoryCode: string,
  late: boolean,
): string {
  const { staff, department } = signerFor(categoryCode);
  const isIntegrity = department.code === "INT";
  const whistle = kind === "WHISTLEBLOWER_REPORT";
  const phrase = SUBJECT_PHRASE[locale][kind];
  const parts: string[] = [];
  if (locale === "bg") {
    parts.push(person.sex === "f" ? `Уважаема госпожо ${person.family},` : `Уважаеми господин ${person.family},`);
    if (!INFO_KINDS.has(kind) && phrase) parts.push(`Във връзка с ${phrase} относно „${subject}“ Ви уведомяваме следното:`);
    parts.push(core, basis(locale, kind));
    if (late) parts.push("Поднасяме извинение за забавянето на отговора.");
    const title = whistle ? "Служител, отговарящ за разглеждането на сигнали за нарушения" : isIntegrity ? "Служител по противодействие на корупцията" : `Началник на отдел „${department.name.bg}“`;
    parts.push(`С уважение,\n${staff.name}\n${title}`);
  } else if (locale === "tr") {
    parts.push(`Sayın ${person.name},`);
    if (!INFO_KINDS.has(kind) && phrase) parts.push(`“${subject}” konulu ${phrase} ilgili olarak aşağıdaki bilgileri sunarız:`);
    parts.push(core, basis(locale, kind));
    if (late) parts.push("Cevabın gecikmesinden dolayı özür dileriz.");
    const title = whistle ? "İhlal bildirimlerinden sorumlu görevli" : isIntegrity ? "Yolsuzlukla mücadele görevlisi" : `Müdür, ${department.name.tr}`;
    parts.push(`Saygılarımızla,\n${staff.latin}\n${title}`);
  } else {
    parts.push(`Dear ${person.sex === "f" ? "Ms" : "Mr"} ${person.family},`);
    if (!INFO_KINDS.has(kind) && phrase) parts.push(`With regard to ${phrase} “${subject}”, we would inform you as follows:`);
    parts.push(core, basis(locale, kind));
    if (late) parts.push("We apologise for the delay in answering.");
    const title = whistle ? "Officer responsible for whistleblowing reports" : isIntegrity ? "Integrity officer" : `Head of department – ${department.name.en}`;
    parts.push(`Yours sincerely,\n${staff.latin}\n${title}`);
  }
  return parts.join("\n\n");
}

// ---------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------

type Rng = () => number;

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; same seed → same sequence. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function int(r: Rng, min: number, max: number): number {
  return min + Math.floor(r() * (max - min + 1));
}

function pick<T>(r: Rng, items: readonly T[]): T {
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error("demo-data: pick from an empty list");
  return item;
}

function weighted<T extends string>(r: Rng, weights: Partial<Record<T, number>>): T {
  const entries = (Object.entries(weights) as [T, number][]).filter(([, w]) => w > 0);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = r() * total;
  for (const [key, w] of entries) {
    x -= w;
    if (x < 0) return key;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new Error("demo-data: no positive weight");
  return last[0];
}

const LOCALE_WEIGHTS: Record<DemoLocale, number> = { bg: 75, tr: 18, en: 7 };

// Corruption signals and whistleblower reports are rare (~2% each).
const KIND_WEIGHTS: Record<Kind, number> = {
  SIGNAL: 20,
  COMPLAINT: 17,
  PROPOSAL: 13,
  PRAISE: 10,
  OPINION: 9,
  GRIEVANCE: 8,
  COMMENT: 8,
  RECOMMENDATION: 6,
  CORRUPTION_SIGNAL: 2,
  WHISTLEBLOWER_REPORT: 2,
};

const CHANNEL_WEIGHTS: Record<Channel, number> = {
  WEB: 45,
  IN_PERSON: 17,
  EMAIL: 12,
  PHONE: 11,
  LETTER: 8,
  MEETING: 3,
  FAX: 2,
  INFO_BOARD: 2,
};

function pickChannel(r: Rng, locale: DemoLocale, kind: Kind): Channel {
  if (kind === "WHISTLEBLOWER_REPORT") return weighted<Channel>(r, { WEB: 50, EMAIL: 20, LETTER: 15, MEETING: 10, IN_PERSON: 5 });
  if (kind === "CORRUPTION_SIGNAL") return weighted<Channel>(r, { WEB: 45, INFO_BOARD: 15, LETTER: 15, EMAIL: 10, PHONE: 10, IN_PERSON: 5 });
  // People writing in English are mostly foreign owners who live abroad part of the year.
  if (locale === "en") return weighted<Channel>(r, { WEB: 60, EMAIL: 25, IN_PERSON: 8, LETTER: 5, PHONE: 2 });
  return weighted(r, CHANNEL_WEIGHTS);
}

/** Chance of an anonymous submission, by channel; restricted kinds are more often anonymous. */
const ANONYMOUS_BY_CHANNEL: Record<Channel, number> = {
  WEB: 0.3,
  IN_PERSON: 0.08,
  EMAIL: 0.1,
  PHONE: 0.3,
  LETTER: 0.35,
  FAX: 0.2,
  MEETING: 0,
  INFO_BOARD: 0.85,
};
const ANONYMOUS_FACTOR: Partial<Record<Kind, number>> = {
  CORRUPTION_SIGNAL: 2,
  WHISTLEBLOWER_REPORT: 1.8,
  SIGNAL: 1.15,
  PRAISE: 0.4,
  PROPOSAL: 0.7,
};

/** The front-office unit that registers a non-web submission. */
const UNIT_BY_CATEGORY: Record<string, string> = {
  CIVIL_REG: "GRAO",
  ADDRESS_REG: "GRAO",
  LOCAL_TAX: "TAX",
  WASTE_FEE: "TAX",
  FEES: "TAX",
};

/** Submissions made in person, by phone, fax or at a meeting arrive in office hours (08:00–17:00). */
const OFFICE_CHANNELS: ReadonlySet<Channel> = new Set(["IN_PERSON", "PHONE", "FAX", "MEETING", "LETTER", "INFO_BOARD"]);
// Web and e-mail by hour of day (Sofia): quiet at night, busy in the morning and evening.
const HOUR_WEIGHTS = [1, 0.6, 0.3, 0.2, 0.2, 0.4, 1, 2, 4, 5, 5, 5, 4, 4, 5, 5, 5, 5, 6, 7, 7, 6, 4, 2] as const;

function minuteOfDay(r: Rng, channel: Channel): number {
  if (OFFICE_CHANNELS.has(channel)) return 480 + Math.floor(((r() + r()) / 2) * 540);
  const total = HOUR_WEIGHTS.reduce((s, w) => s + w, 0);
  let x = r() * total;
  let hour = 23;
  for (let h = 0; h < 24; h++) {
    x -= HOUR_WEIGHTS[h] ?? 0;
    if (x < 0) {
      hour = h;
      break;
    }
  }
  return hour * 60 + int(r, 0, 59);
}

function daysAgoOf(r: Rng): number {
  const x = r();
  if (x < 0.12) return int(r, 0, 7);
  if (x < 0.34) return int(r, 8, 60);
  return int(r, 61, 400);
}

type Status = DemoCase["status"];

function pickStatus(r: Rng, daysAgo: number, t: Template, anonymous: boolean): Status {
  if (t.incident === "old") return daysAgo <= 2 ? "RECEIVED" : "CLOSED";
  let w: Partial<Record<Status, number>>;
  if (daysAgo <= 2) w = { RECEIVED: 75, IN_PROGRESS: 25 };
  else if (daysAgo <= 14) w = { RECEIVED: 20, IN_PROGRESS: 45, AWAITING_CITIZEN: 8, FORWARDED: 10, ANSWERED: 17 };
  else if (daysAgo <= 60) w = { RECEIVED: 2, IN_PROGRESS: 28, AWAITING_CITIZEN: 8, FORWARDED: 10, ANSWERED: 44, CLOSED: 8 };
  else w = { IN_PROGRESS: 5, AWAITING_CITIZEN: 2, FORWARDED: 8, ANSWERED: 45, CLOSED: 40 };
  // Only matters outside the municipality's competence are forwarded, and often are.
  if (!t.forward) delete w.FORWARDED;
  else if (w.FORWARDED !== undefined) w.FORWARDED *= 4;
  if (anonymous || !t.answer) delete w.AWAITING_CITIZEN;
  const status = weighted(r, w);
  // Nobody to answer: an anonymous case is closed once examined (АПК чл. 111(4)).
  if (status === "ANSWERED" && (anonymous || !t.answer)) return "CLOSED";
  return status;
}

function answeredAfter(r: Rng, daysAgo: number, kind: Kind): { days: number; late: boolean } {
  // ~8% of answers go out after the two-month term (only possible for older cases).
  if (daysAgo > 65 && r() < 0.11) return { days: int(r, 61, Math.min(daysAgo, 110)), late: true };
  const max = Math.max(1, Math.min(daysAgo, 58));
  if (INFO_KINDS.has(kind)) return { days: int(r, 1, Math.min(max, 21)), late: false };
  const min = Math.min(max, kind === "WHISTLEBLOWER_REPORT" ? 7 : 3);
  // Triangular around the middle of the term: most answers take two to five weeks.
  const days = min + Math.round(((r() + r()) / 2) * (max - min));
  return { days, late: false };
}

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(street|village|no)\}/g, (_m, key: string) => vars[key] ?? "");
}

const TEMPLATES_BY_KIND: Record<DemoLocale, Map<Kind, Template[]>> = (() => {
  const out = {} as Record<DemoLocale, Map<Kind, Template[]>>;
  for (const locale of ["bg", "tr", "en"] as const) {
    const map = new Map<Kind, Template[]>();
    for (const t of TEMPLATES[locale]) map.set(t.kind, [...(map.get(t.kind) ?? []), t]);
    out[locale] = map;
  }
  return out;
})();

/**
 * `n` keys in proportion to `weights` (largest remainder), shuffled: a stratified sample,
 * so that even a small demo shows the intended mix (rare kinds included).
 */
function deck<T extends string>(r: Rng, n: number, weights: Record<T, number>): T[] {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((s, [, w]) => s + w, 0);
  const quotas = entries.map(([key, w]) => ({ key, exact: (n * w) / total }));
  const counts = new Map(quotas.map((q) => [q.key, Math.floor(q.exact)]));
  let left = n - [...counts.values()].reduce((s, c) => s + c, 0);
  for (const q of [...quotas].sort((a, b) => (b.exact % 1) - (a.exact % 1))) {
    if (left-- <= 0) break;
    counts.set(q.key, (counts.get(q.key) ?? 0) + 1);
  }
  const out: T[] = [];
  for (const [key, c] of counts) for (let i = 0; i < c; i++) out.push(key);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function makeCase(r: Rng, locale: DemoLocale, kind: Kind): DemoCase {
  const template = pick(r, TEMPLATES_BY_KIND[locale].get(kind) ?? TEMPLATES[locale]);
  const vars = {
    street: pick(r, STREETS[locale]),
    village: pick(r, VILLAGES[locale]),
    no: String(int(r, 1, 64)),
  };
  const subject = fill(template.subject, vars);
  const body = fill(template.body, vars);
  const place = template.place === null ? null : fill(template.place, vars);

  const channel = pickChannel(r, locale, template.kind);
  const anonymous = r() < Math.min(0.9, ANONYMOUS_BY_CHANNEL[channel] * (ANONYMOUS_FACTOR[template.kind] ?? 1));

  let name: string | null = null;
  let email: string | null = null;
  let phone: string | null = null;
  let person: Person | null = null;
  if (!anonymous) {
    person = makePerson(r, locale);
    name = person.name;
    const [pEmail, pPhone] = ({
      WEB: [0.92, 0.35],
      EMAIL: [1, 0.25],
      PHONE: [0.2, 1],
      IN_PERSON: [0.45, 0.75],
      LETTER: [0.3, 0.5],
      FAX: [0.1, 1],
      MEETING: [0.4, 0.8],
      INFO_BOARD: [0.4, 0.6],
    } as const)[channel];
    if (r() < pEmail) email = makeEmail(r, person);
    if (r() < pPhone || email === null) phone = makePhone(r);
  }

  const daysAgo = daysAgoOf(r);
  const status = pickStatus(r, daysAgo, template, anonymous);

  let answerText: string | null = null;
  let answeredAfterDays: number | null = null;
  if ((status === "ANSWERED" || status === "CLOSED") && person && template.answer && daysAgo >= 1) {
    const { days, late } = answeredAfter(r, daysAgo, template.kind);
    answeredAfterDays = days;
    answerText = composeAnswer(locale, template.kind, person, subject, fill(template.answer, vars), template.cat, late);
  }

  let incidentDaysAgo: number | null = null;
  if (template.incident === "old") incidentDaysAgo = daysAgo + int(r, 760, 1100);
  else if (template.incident === "recent") incidentDaysAgo = daysAgo + int(r, 0, 14);
  else if (!INFO_KINDS.has(template.kind) && r() < 0.3) incidentDaysAgo = daysAgo + int(r, 0, 45);

  // Some web submitters skip the category; those wait in the triage queue.
  const restricted = template.kind === "CORRUPTION_SIGNAL" || template.kind === "WHISTLEBLOWER_REPORT";
  const categoryCode = channel === "WEB" && status === "RECEIVED" && !restricted && r() < 0.3 ? null : template.cat;

  let serviceUnitCode: string | null = null;
  if (channel !== "WEB") {
    const unit = UNIT_BY_CATEGORY[template.cat];
    serviceUnitCode = unit && r() < 0.85 ? unit : "CSI";
  }

  return {
    kind: template.kind,
    channel,
    locale,
    subject,
    body,
    categoryCode,
    place,
    anonymous,
    name,
    email,
    phone,
    daysAgo,
    minuteOfDay: minuteOfDay(r, channel),
    status,
    serviceUnitCode,
    answerText,
    answeredAfterDays,
    incidentDaysAgo,
  };
}

/**
 * `count` demo submissions, the same for the same `seed`, ordered by time of receipt
 * (oldest first) so that references allocated in insertion order follow the calendar.
 * Office-hour channels get a time between 08:00 and 17:00; whether the day is a working
 * day depends on the seeding `now`, which this pure function does not know.
 */
export function generateDemoCases(count: number, seed = 20260101): DemoCase[] {
  const r = mulberry32(seed);
  const n = Math.max(0, Math.floor(count));
  const locales = deck(r, n, LOCALE_WEIGHTS);
  const kinds = deck(r, n, KIND_WEIGHTS);
  const cases: DemoCase[] = [];
  for (let i = 0; i < n; i++) cases.push(makeCase(r, locales[i]!, kinds[i]!));
  return cases.sort((a, b) => b.daysAgo - a.daysAgo || a.minuteOfDay - b.minuteOfDay);
}
