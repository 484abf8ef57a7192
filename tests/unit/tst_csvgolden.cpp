// SPDX-License-Identifier: GPL-3.0-or-later
// Golden folders: tests/data/csv/<case>/ holds input.csv, case.json (the clock,
// zone, dialect, connected integrations and posts already in the store) and
// expected.json, the `almanac-cli import --dry-run --json` report for it.
// ALMANAC_UPDATE_GOLDEN=1 rewrites expected.json from the current verdicts.
#include "app/importing/csvimporter.h"
#include "app/importing/importreport.h"
#include "models/store/postrepository.h"
#include "teststore.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Almanac;

class TestCsvGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenCase_data();
    void goldenCase();
};

void TestCsvGolden::goldenCase_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(ALMANAC_TEST_DATA "/csv"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 20, "the golden folders are missing");
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

void TestCsvGolden::goldenCase()
{
    QFETCH(QString, folder);
    const QJsonObject config = QJsonDocument::fromJson(Test::readFile(folder + QStringLiteral("/case.json"))).object();
    QVERIFY2(!config.isEmpty(), "case.json is missing or not a JSON object");

    Test::TestStore store;
    for (const QJsonValue &v : config.value(u"integrations").toArray()) {
        const QJsonObject in = v.toObject();
        store.addIntegration(in.value(u"id").toString(), in.value(u"platform").toString(),
                             in.value(u"provider").toString(QStringLiteral("local")));
    }
    for (const QJsonValue &v : config.value(u"existing_posts").toArray()) {
        const QJsonObject o = v.toObject();
        Post p;
        p.content = o.value(u"content").toString();
        p.status = PostStatus::Scheduled;
        p.scheduledAt = QDateTime::fromString(o.value(u"scheduled_at").toString(), Qt::ISODate).toSecsSinceEpoch();
        for (const QJsonValue &t : o.value(u"integrations").toArray())
            p.targets.append({t.toString(), QString(), PostStatus::Scheduled, {}, {}, 0, {}, 0});
        QVERIFY(PostRepository(store.connection()).insert(p).ok());
    }

    ImportOptions options;
    options.filePath = folder + QStringLiteral("/input.csv");
    options.storePath = store.path();
    options.dryRun = true;
    options.now = QDateTime::fromString(config.value(u"now").toString(), Qt::ISODate).toSecsSinceEpoch();
    QVERIFY(options.now > 0);
    options.timeZone = QTimeZone(config.value(u"timezone").toString(QStringLiteral("UTC")).toUtf8());
    QVERIFY(options.timeZone.isValid());
    if (config.contains(u"dialect"))
        options.dialect = csvDialectFromName(config.value(u"dialect").toString());

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    {
        ImportReport report(&out, ImportReport::Format::Json, true);
        CsvImporter importer(options);
        report.finish(importer.run(&report));
    }
    QJsonParseError parseError;
    const QJsonDocument actual = QJsonDocument::fromJson(out.data(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));

    const QString expectedPath = folder + QStringLiteral("/expected.json");
    if (qEnvironmentVariableIsSet("ALMANAC_UPDATE_GOLDEN")) {
        QFile f(expectedPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual.toJson(QJsonDocument::Indented));
        return;
    }
    const QJsonDocument expected = QJsonDocument::fromJson(Test::readFile(expectedPath));
    QVERIFY2(!expected.isNull(), "expected.json is missing or not JSON");
    if (actual != expected) {
        // Name the first row that differs, so a failure reads like a diff.
        const QJsonArray a = actual.object().value(u"rows").toArray(), e = expected.object().value(u"rows").toArray();
        for (qsizetype i = 0; i < qMin(a.size(), e.size()); ++i)
            QCOMPARE(QString::fromUtf8(QJsonDocument(a.at(i).toObject()).toJson()),
                     QString::fromUtf8(QJsonDocument(e.at(i).toObject()).toJson()));
        QCOMPARE(QString::fromUtf8(actual.toJson()), QString::fromUtf8(expected.toJson()));
    }
}

QTEST_GUILESS_MAIN(TestCsvGolden)
#include "tst_csvgolden.moc"
