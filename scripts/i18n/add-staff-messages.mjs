// Inserts the `staff` namespace (sign-in, account, roles) into the three message
// catalogs, leaving every other key as it is: other engineers edit the same files.
// Re-running it updates these keys only. `node scripts/i18n/add-staff-messages.mjs`
import fs from "node:fs";
import path from "node:path";

const dir = path.join(import.meta.dirname, "..", "..", "lib", "i18n", "messages");

const staff = {
  bg: {
    workspace: "Работно място на служителите",
    signOut: "Изход",
    signOutHint: "Изходът затваря сесиите ви на всички устройства.",
    signedInAs: "Влезли сте като {name} ({role}).",
    roles: {
      CLERK: "служител в център за услуги",
      OFFICER: "експерт",
      HEAD: "ръководител на отдел",
      MANAGER: "ръководство",
      INTEGRITY: "служител по сигналите за нарушения",
      ADMIN: "администратор",
    },
    signIn: {
      title: "Вход за служители",
      lead: "За служителите на общинската администрация. Гражданите не се нуждаят от профил, за да подадат или проследят сигнал.",
      email: "Електронна поща",
      password: "Парола",
      submit: "Вход",
      submitting: "Влизане…",
      emailRequired: "Въведете електронната си поща.",
      passwordRequired: "Въведете паролата си.",
      errorTitle: "Входът не беше успешен",
      invalid: "Електронната поща или паролата не са верни.",
      disabled: "Този профил е спрян. Обърнете се към администратора.",
      rateLimited: "Твърде много неуспешни опити. Опитайте отново след {minutes, plural, one {# минута} other {# минути}}.",
      expired: "Входът отне твърде дълго. Започнете отначало.",
      error: "Нещо се обърка. Опитайте отново.",
      codeTitle: "Потвърждаване в две стъпки",
      codeLead: "Въведете 6-цифрения код от приложението за удостоверяване.",
      code: "Код",
      codeHint: "6 цифри, например 123456",
      codeRequired: "Въведете кода от приложението.",
      codeInvalid: "Кодът не е верен или е изтекъл. Въведете текущия код.",
      codeSubmit: "Потвърждаване",
      startOver: "Вход с друг профил",
      signedOut: "Излязохте. Сесиите ви на всички устройства са затворени.",
      sessionEnded: "Сесията ви приключи. Влезте отново.",
    },
    landing: {
      placeholder: "Тук ще се показва входящата кутия със сигналите.",
      account: "Профил и потвърждаване в две стъпки",
    },
    account: {
      title: "Вашият профил",
      totpTitle: "Потвърждаване в две стъпки",
      totpRequired: "За вашата роля потвърждаването в две стъпки е задължително. Включете го, за да продължите: дотогава нищо друго не е достъпно.",
      totpOn: "Потвърждаването в две стъпки е включено (от {date, date, long}).",
      totpOff: "Потвърждаването в две стъпки е изключено. При вход ще се иска и код от телефона ви, след като го включите.",
      step1: "Инсталирайте приложение за удостоверяване (например FreeOTP, Aegis, Google Authenticator или Microsoft Authenticator).",
      step2: "Сканирайте QR кода с приложението или въведете ключа на ръка.",
      step3: "Въведете 6-цифрения код, който показва приложението.",
      qrAlt: "QR код за включване на потвърждаването в две стъпки",
      manualKey: "Ключ за въвеждане на ръка",
      confirm: "Включване",
      turnOff: "Изключване на потвърждаването в две стъпки",
      turnOffLead: "Въведете текущ код от приложението, за да го изключите.",
      enabledNotice: "Потвърждаването в две стъпки е включено. Другите ви сесии бяха затворени.",
      disabledNotice: "Потвърждаването в две стъпки е изключено.",
      backToWorkspace: "Към работното място",
    },
  },
  tr: {
    workspace: "Personel çalışma alanı",
    signOut: "Çıkış",
    signOutHint: "Çıkış, tüm cihazlarınızdaki oturumları kapatır.",
    signedInAs: "{name} ({role}) olarak giriş yaptınız.",
    roles: {
      CLERK: "hizmet merkezi görevlisi",
      OFFICER: "uzman",
      HEAD: "birim müdürü",
      MANAGER: "yönetim",
      INTEGRITY: "ihbar sorumlusu",
      ADMIN: "sistem yöneticisi",
    },
    signIn: {
      title: "Personel girişi",
      lead: "Belediye idaresi çalışanları içindir. Vatandaşların bildirim göndermek veya takip etmek için hesaba ihtiyacı yoktur.",
      email: "E-posta",
      password: "Parola",
      submit: "Giriş",
      submitting: "Giriş yapılıyor…",
      emailRequired: "E-posta adresinizi girin.",
      passwordRequired: "Parolanızı girin.",
      errorTitle: "Giriş yapılamadı",
      invalid: "E-posta veya parola yanlış.",
      disabled: "Bu hesap devre dışı bırakılmış. Sistem yöneticisine başvurun.",
      rateLimited: "Çok fazla başarısız deneme. {minutes, plural, one {# dakika} other {# dakika}} sonra tekrar deneyin.",
      expired: "Giriş çok uzun sürdü. Lütfen baştan başlayın.",
      error: "Bir sorun oluştu. Lütfen tekrar deneyin.",
      codeTitle: "İki adımlı doğrulama",
      codeLead: "Doğrulama uygulamanızdaki 6 haneli kodu girin.",
      code: "Kod",
      codeHint: "6 rakam, örneğin 123456",
      codeRequired: "Uygulamadaki kodu girin.",
      codeInvalid: "Kod yanlış veya süresi dolmuş. Güncel kodu girin.",
      codeSubmit: "Onayla",
      startOver: "Başka bir hesapla giriş",
      signedOut: "Çıkış yaptınız. Tüm cihazlarınızdaki oturumlar kapatıldı.",
      sessionEnded: "Oturumunuz sona erdi. Lütfen tekrar giriş yapın.",
    },
    landing: {
      placeholder: "Bildirimlerin gelen kutusu burada görünecek.",
      account: "Hesap ve iki adımlı doğrulama",
    },
    account: {
      title: "Hesabınız",
      totpTitle: "İki adımlı doğrulama",
      totpRequired: "Rolünüz için iki adımlı doğrulama zorunludur. Devam etmek için açın: o zamana kadar başka hiçbir şey kullanılamaz.",
      totpOn: "İki adımlı doğrulama açık ({date, date, long} tarihinden beri).",
      totpOff: "İki adımlı doğrulama kapalı. Açtığınızda girişte telefonunuzdaki kod da istenecek.",
      step1: "Bir doğrulama uygulaması yükleyin (örneğin FreeOTP, Aegis, Google Authenticator veya Microsoft Authenticator).",
      step2: "QR kodunu uygulamayla tarayın veya anahtarı elle girin.",
      step3: "Uygulamanın gösterdiği 6 haneli kodu girin.",
      qrAlt: "İki adımlı doğrulamayı açmak için QR kodu",
      manualKey: "Elle girmek için anahtar",
      confirm: "Aç",
      turnOff: "İki adımlı doğrulamayı kapat",
      turnOffLead: "Kapatmak için uygulamadaki güncel kodu girin.",
      enabledNotice: "İki adımlı doğrulama açıldı. Diğer oturumlarınız kapatıldı.",
      disabledNotice: "İki adımlı doğrulama kapatıldı.",
      backToWorkspace: "Çalışma alanına dön",
    },
  },
  en: {
    workspace: "Staff workspace",
    signOut: "Sign out",
    signOutHint: "Signing out ends your sessions on all devices.",
    signedInAs: "Signed in as {name} ({role}).",
    roles: {
      CLERK: "front-office clerk",
      OFFICER: "officer",
      HEAD: "head of department",
      MANAGER: "management",
      INTEGRITY: "integrity officer",
      ADMIN: "administrator",
    },
    signIn: {
      title: "Staff sign-in",
      lead: "For employees of the municipal administration. Citizens need no account to send or track a submission.",
      email: "E-mail",
      password: "Password",
      submit: "Sign in",
      submitting: "Signing in…",
      emailRequired: "Enter your e-mail address.",
      passwordRequired: "Enter your password.",
      errorTitle: "Signing in did not work",
      invalid: "The e-mail address or password is not correct.",
      disabled: "This account is disabled. Ask the administrator.",
      rateLimited: "Too many failed attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}.",
      expired: "Signing in took too long. Please start again.",
      error: "Something went wrong. Please try again.",
      codeTitle: "Two-step verification",
      codeLead: "Enter the 6-digit code from your authenticator app.",
      code: "Code",
      codeHint: "6 digits, for example 123456",
      codeRequired: "Enter the code from the app.",
      codeInvalid: "The code is not correct or has expired. Enter the current code.",
      codeSubmit: "Confirm",
      startOver: "Sign in with another account",
      signedOut: "You have signed out. Your sessions on all devices have ended.",
      sessionEnded: "Your session has ended. Please sign in again.",
    },
    landing: {
      placeholder: "The inbox of cases will appear here.",
      account: "Account and two-step verification",
    },
    account: {
      title: "Your account",
      totpTitle: "Two-step verification",
      totpRequired: "Your role requires two-step verification. Turn it on to continue: nothing else opens until then.",
      totpOn: "Two-step verification is on (since {date, date, long}).",
      totpOff: "Two-step verification is off. Once you turn it on, signing in also asks for a code from your phone.",
      step1: "Install an authenticator app (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).",
      step2: "Scan the QR code with the app, or type the key in by hand.",
      step3: "Enter the 6-digit code the app shows.",
      qrAlt: "QR code for turning on two-step verification",
      manualKey: "Key for typing in by hand",
      confirm: "Turn on",
      turnOff: "Turn off two-step verification",
      turnOffLead: "Enter a current code from the app to turn it off.",
      enabledNotice: "Two-step verification is on. Your other sessions were signed out.",
      disabledNotice: "Two-step verification is off.",
      backToWorkspace: "Back to the workspace",
    },
  },
};

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      target[key] = merge(target[key] && typeof target[key] === "object" ? target[key] : {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

for (const locale of ["bg", "tr", "en"]) {
  const file = path.join(dir, `${locale}.json`);
  const catalog = JSON.parse(fs.readFileSync(file, "utf8"));
  catalog.staff = merge(catalog.staff ?? {}, staff[locale]);
  fs.writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
  console.log(`${locale}: staff namespace written`);
}
