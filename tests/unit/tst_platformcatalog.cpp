// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/platform.h"

#include <QTest>

using namespace Almanac;

class TestPlatformCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversTheRequiredPlatforms();
    void namesInBothDialects_data();
    void namesInBothDialects();
    void rules();
    void openPostSettingsFromSeed001();
};

void TestPlatformCatalog::coversTheRequiredPlatforms()
{
    for (const char *id : {"x", "bluesky", "mastodon", "linkedin", "instagram", "tiktok", "youtube", "threads",
                           "facebook", "pinterest", "reddit", "discord", "slack", "telegram", "google_business"}) {
        const Platform *p = PlatformCatalog::find(QString::fromLatin1(id));
        QVERIFY2(p, id);
        QCOMPARE(p->id, QString::fromLatin1(id));
        QVERIFY(p->textLimit > 0);
        QVERIFY(p->maxMedia > 0);
        QVERIFY(p->postTypes.contains(QStringLiteral("post")));
    }
}

void TestPlatformCatalog::namesInBothDialects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("x") << "x" << "x";
    QTest::newRow("twitter") << "twitter" << "x";
    QTest::newRow("TWITTER") << "TWITTER" << "x";
    QTest::newRow("GOOGLE_BUSINESS") << "GOOGLE_BUSINESS" << "google_business";
    QTest::newRow("Instagram") << " Instagram " << "instagram";
    QTest::newRow("bsky") << "bsky" << "bluesky";
}

void TestPlatformCatalog::namesInBothDialects()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    const Platform *p = PlatformCatalog::find(name);
    QVERIFY(p);
    QCOMPARE(p->id, id);
    QVERIFY(!PlatformCatalog::find(QStringLiteral("myspace")));
}

void TestPlatformCatalog::rules()
{
    const Platform *x = PlatformCatalog::find(QStringLiteral("x"));
    QCOMPARE(x->textLimit, 280);
    QCOMPARE(x->counting, TextCounting::XWeighted);
    QVERIFY(x->acceptsPostType(u"thread"));
    QVERIFY(!x->acceptsPostType(u"reel"));
    QCOMPARE(PlatformCatalog::find(QStringLiteral("bluesky"))->textLimit, 300);
    QCOMPARE(PlatformCatalog::find(QStringLiteral("mastodon"))->counting, TextCounting::GraphemesUrlsAs23);
    for (const char *needsMedia : {"instagram", "tiktok", "youtube"})
        QVERIFY(PlatformCatalog::find(QString::fromLatin1(needsMedia))->requiresMedia);
    QVERIFY(!PlatformCatalog::find(QStringLiteral("linkedin"))->requiresMedia);
    QVERIFY(PlatformCatalog::find(QStringLiteral("instagram"))->acceptsPostType(u"story"));
}

void TestPlatformCatalog::openPostSettingsFromSeed001()
{
    const SettingField *reply = PlatformCatalog::find(QStringLiteral("x"))->openPostSetting(u"who_can_reply");
    QVERIFY(reply);
    QCOMPARE(reply->type, SettingType::Enum);
    QCOMPARE(reply->enumValues, QStringList({"everyone", "following", "mentionedUsers", "subscribers", "verified"}));
    const Platform *yt = PlatformCatalog::find(QStringLiteral("youtube"));
    QCOMPARE(yt->openPostSetting(u"made_for_kids")->type, SettingType::Boolean);
    QCOMPARE(yt->openPostSetting(u"privacy")->enumValues, QStringList({"public", "private", "unlisted"}));
    const Platform *tt = PlatformCatalog::find(QStringLiteral("tiktok"));
    QCOMPARE(tt->openPostSetting(u"privacy_level")->enumValues,
             QStringList({"PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"}));
    QCOMPARE(PlatformCatalog::find(QStringLiteral("instagram"))->openPostSetting(u"collaborators")->type,
             SettingType::TextList);
    QVERIFY(PlatformCatalog::find(QStringLiteral("bluesky"))->openPostSettings.isEmpty());
}

QTEST_APPLESS_MAIN(TestPlatformCatalog)
#include "tst_platformcatalog.moc"
