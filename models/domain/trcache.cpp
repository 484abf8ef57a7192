// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/trcache.h"

#include <QEvent>
#include <QHash>

#include <atomic>

namespace Almanac {

namespace {

std::atomic<int> generation{0};

// Keyed by the literals' addresses: tr() is called with string literals, each
// its own address (the context too, as two contexts may share a literal).
struct Key
{
    const char *context, *source, *disambiguation;
    friend bool operator==(const Key &, const Key &) = default;
    friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.context, k.source, k.disambiguation); }
};

struct Cache
{
    int generation = -1;
    QHash<Key, QString> translations;
};

// Literals are few, but tr() may be handed a computed text: past this the
// cache starts over rather than grow.
constexpr qsizetype MaxEntries = 4096;

} // namespace

QString cachedTranslate(const char *context, const char *sourceText, const char *disambiguation, int n)
{
    if (n >= 0)
        return QCoreApplication::translate(context, sourceText, disambiguation, n);
    thread_local Cache cache;
    const int now = generation.load(std::memory_order_acquire);
    if (cache.generation != now || cache.translations.size() >= MaxEntries) {
        cache.translations.clear();
        cache.generation = now;
    }
    const Key key{context, sourceText, disambiguation};
    if (const auto found = cache.translations.constFind(key); found != cache.translations.constEnd())
        return *found;
    return *cache.translations.insert(key, QCoreApplication::translate(context, sourceText, disambiguation, n));
}

void forgetCachedTranslations()
{
    generation.fetch_add(1, std::memory_order_acq_rel);
}

namespace {

class LanguageChangeWatcher final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            forgetCachedTranslations();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void watchLanguageChanges()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString name = QStringLiteral("almanac-language-change-watcher");
    if (!app || app->findChild<QObject *>(name, Qt::FindDirectChildrenOnly))
        return;
    auto *watcher = new LanguageChangeWatcher(app);
    watcher->setObjectName(name);
    app->installEventFilter(watcher);
}

} // namespace Almanac
