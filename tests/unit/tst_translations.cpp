// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogs are complete: every string the sources mark (lupdate run afresh
// over app/, models/ and ui/) is in every .ts file, finished, with the same
// placeholders and one shortcut letter where the source has one; and the
// catalogs built into the programs translate at run time.
#include "app/settings/languages.h"
#include "models/validation/postrules.h"
#include "shortcutletters.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <thread>

using namespace Almanac;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

QList<Message> readTs(const QString &path, QString *language = nullptr)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message")
                out.append(m);
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"TS" && language)
            *language = xml.attributes().value(QLatin1StringView("language")).toString();
        else if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message") {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
        } else if (name == u"source")
            m.source = xml.readElementText();
        else if (name == u"comment")
            m.comment = xml.readElementText();
        else if (name == u"translation") {
            m.unfinished = xml.attributes().value(QLatin1StringView("type")) == u"unfinished";
            if (!m.numerus)
                m.forms = {xml.readElementText()};
        } else if (name == u"numerusform")
            m.forms.append(xml.readElementText());
    }
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> out;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

// Shortcut letters: "&File" has one; "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    const QList<QChar> letters = Test::shortcutLetters(text);
    return int(std::count_if(letters.cbegin(), letters.cend(), [](QChar c) { return c.isLetterOrNumber(); }));
}

const QStringList Translated{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};

QString tsPath(const QString &language)
{
    return QStringLiteral(ALMANAC_SOURCE_DIR "/translations/almanac_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySourceStringIsInEveryCatalog();
    void translationsAreFinished_data();
    void translationsAreFinished();
    void catalogsTranslateAtRunTime();
    void englishHasItsPluralForms();
    void languagesFollowTheChoiceOrTheSystem();
    void rowMessagesFollowTheLanguageInstalled();

private:
    QList<Message> m_fromSources;
};

void TestTranslations::initTestCase()
{
    // lupdate over the sources, as tools/update-translations.sh runs it.
    QTemporaryDir dir;
    const QString probe = dir.filePath("probe.ts");
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ALMANAC_SOURCE_DIR));
    // One include root: the repository, as the build has it.
    lupdate.start(QStringLiteral(ALMANAC_LUPDATE),
                  {"-no-obsolete", "-locations", "none", "-tr-function-alias",
                   "Q_DECLARE_TR_FUNCTIONS+=ALMANAC_DECLARE_TR_FUNCTIONS", "-I", ".", "app", "models", "ui", "programs", "-ts", probe});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);
    // Its warnings mean a string whose context lupdate guessed: it would never be
    // looked up under that context at run time.
    const QString warnings = QString::fromUtf8(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
    for (const QString &line : warnings.split(u'\n'))
        QVERIFY2(!line.contains("Qualifying with unknown") && !line.contains("Cannot invoke tr()")
                     && !line.contains("lacks Q_OBJECT") && !line.contains("Discarding unconsumed"),
                 qPrintable(line));
    m_fromSources = readTs(probe);
    QVERIFY(m_fromSources.size() > 500);
}

void TestTranslations::everySourceStringIsInEveryCatalog()
{
    QSet<QString> inSources;
    for (const Message &m : std::as_const(m_fromSources))
        inSources.insert(m.key());
    for (const QString &language : Translated + QStringList{QStringLiteral("en")}) {
        QSet<QString> inCatalog;
        for (const Message &m : readTs(tsPath(language)))
            inCatalog.insert(m.key());
        QStringList missing;
        for (const Message &m : std::as_const(m_fromSources))
            if (!inCatalog.contains(m.key()))
                missing.append(m.context + QStringLiteral(": ") + m.source);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("almanac_%1.ts lacks %2 string(s) (run tools/update-translations.sh):\n")
                                                   .arg(language)
                                                   .arg(missing.size())
                                               + missing.mid(0, 20).join(u'\n')));
        QStringList vanished;
        for (const QString &key : std::as_const(inCatalog))
            if (!inSources.contains(key))
                vanished.append(key.section(u'\x1f', 0, 1).replace(u'\x1f', QStringLiteral(": ")));
        QVERIFY2(vanished.isEmpty(), qPrintable(QStringLiteral("almanac_%1.ts has strings the sources no longer have:\n")
                                                    .arg(language)
                                                + vanished.mid(0, 20).join(u'\n')));
    }
}

void TestTranslations::translationsAreFinished_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translated + QStringList{QStringLiteral("en")})
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::translationsAreFinished()
{
    QFETCH(QString, language);
    QString declared;
    const QList<Message> messages = readTs(tsPath(language), &declared);
    QVERIFY(!messages.isEmpty());
    QCOMPARE(declared, language);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source.left(70) + QStringLiteral("\": ");
        if (m.unfinished) {
            problems.append(where + QStringLiteral("unfinished"));
            continue;
        }
        // German, French, Spanish and English have two plural forms.
        if (m.forms.size() != (m.numerus ? 2 : 1)) {
            problems.append(where + QStringLiteral("%1 form(s)").arg(m.forms.size()));
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() != m.source.trimmed().isEmpty())
                problems.append(where + QStringLiteral("empty"));
            else if (placeholders(form) != placeholders(m.source))
                problems.append(where + QStringLiteral("placeholders differ in \"%1\"").arg(form));
            else if (accelerators(m.source) != accelerators(form))
                problems.append(where + QStringLiteral("shortcut letters differ in \"%1\"").arg(form));
            else if (m.source.endsWith(u'\n') != form.endsWith(u'\n'))
                problems.append(where + QStringLiteral("line end differs in \"%1\"").arg(form));
            else if (form.contains(QRegularExpression(QStringLiteral("&#?\\w+;"))) && !m.source.contains(u'&'))
                problems.append(where + QStringLiteral("an escaped entity shows as text in \"%1\"").arg(form));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in almanac_%2.ts:\n").arg(problems.size()).arg(language)
                                            + problems.mid(0, 30).join(u'\n')));
}

void TestTranslations::catalogsTranslateAtRunTime()
{
    // One string from each library, looked up by the context the code uses.
    struct Probe
    {
        const char *context;
        const char *source;
    };
    const Probe probes[] = {{"Almanac::MainWindow", "&File"},
                            {"PostRules", "is empty; every post needs text."},
                            {"Cli", "import needs exactly one FILE"},
                            {"PostExporter", "The export was stopped; no file was written."}};
    for (const QString &language : Translated) {
        QTranslator translator;
        QVERIFY2(translator.load(QLocale(language), "almanac", "_", ":/i18n"), qPrintable(language));
        for (const Probe &p : probes) {
            const QString text = translator.translate(p.context, p.source);
            QVERIFY2(!text.isEmpty() && text != QString::fromUtf8(p.source),
                     qPrintable(QStringLiteral("%1: %2 / %3 is not translated").arg(language, QString::fromUtf8(p.context), QString::fromUtf8(p.source))));
        }
    }
}

void TestTranslations::englishHasItsPluralForms()
{
    QTranslator english;
    QVERIFY(english.load(QLocale(QLocale::English), "almanac", "_", ":/i18n"));
    QCOMPARE(english.translate("Almanac::MainWindow", "%Ln draft(s)", nullptr, 1), QStringLiteral("%Ln draft"));
    QCOMPARE(english.translate("Almanac::MainWindow", "%Ln draft(s)", nullptr, 2), QStringLiteral("%Ln drafts"));
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German), "almanac", "_", ":/i18n"));
    QVERIFY(german.translate("Almanac::MainWindow", "%Ln draft(s)", nullptr, 1)
            != german.translate("Almanac::MainWindow", "%Ln draft(s)", nullptr, 2));
    // Counts in the window are written as the language writes numbers ("12.345 Entwürfe").
    QCoreApplication::installTranslator(&german);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German));
    const QString many = QCoreApplication::translate("Almanac::MainWindow", "%Ln draft(s)", nullptr, 12345);
    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(many.contains(QStringLiteral("12.345")), qPrintable(many));
}

void TestTranslations::languagesFollowTheChoiceOrTheSystem()
{
    QCOMPARE(Languages::localeFor(QStringLiteral("de")).language(), QLocale::German);
    QCOMPARE(Languages::localeFor(QStringLiteral("fr")).language(), QLocale::French);
    // A language Almanac does not speak, or the C locale the tests run in: English.
    QCOMPARE(Languages::localeFor(QStringLiteral("ja")).language(), QLocale::English);
    QCOMPARE(Languages::localeFor(QString()).language(), QLocale::English);
    QCOMPARE(Languages::available().size(), 4);
}

// The messages an import writes per row are translated once per thread and
// kept (cachedTranslate); installing another language must still be followed,
// on the thread that installs it and on a worker that already cached one.
void TestTranslations::rowMessagesFollowTheLanguageInstalled()
{
    const char *source = "is empty; every post needs text.";
    auto onAWorker = [source] {
        QString text;
        std::thread([&text, source] { text = PostRules::tr(source); }).join();
        return text;
    };
    const QString english = PostRules::tr(source);
    QCOMPARE(english, QString::fromLatin1(source));
    QCOMPARE(onAWorker(), english);
    Languages::install(QStringLiteral("de"));
    const QString german = PostRules::tr(source);
    QVERIFY2(german != english, qPrintable(german));
    QTranslator catalog;
    QVERIFY(catalog.load(QLocale(QLocale::German), "almanac", "_", ":/i18n"));
    QCOMPARE(german, catalog.translate("PostRules", source));
    QCOMPARE(onAWorker(), german);
    Languages::install(QStringLiteral("en"));
    QCOMPARE(PostRules::tr(source), english);
    QCOMPARE(onAWorker(), english);
    // A translator installed and removed directly is followed too.
    QTranslator direct;
    QVERIFY(direct.load(QLocale(QLocale::German), "almanac", "_", ":/i18n"));
    QCoreApplication::installTranslator(&direct);
    QCOMPARE(PostRules::tr(source), german);
    QCOMPARE(onAWorker(), german);
    QCoreApplication::removeTranslator(&direct);
    QCOMPARE(PostRules::tr(source), english);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
