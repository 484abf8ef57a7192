// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"
#include "models/domain/post.h"

#include <QLabel>
#include <QSet>

namespace Almanac {

// Where a post went, one line per destination: a link to each live post, and
// for a failed destination why, with the user's choices (Send It Again; when it
// is not known whether the post arrived, It Went Out too). Only a choice it
// offered for the post shown acts (a link from elsewhere in the text, a
// platform's address say, never does); a live post's page opens in the browser.
class DeliveryStatus final : public QLabel
{
    Q_OBJECT

public:
    explicit DeliveryStatus(QWidget *parent = nullptr);

    // Shows the post's destinations (hidden when none has news), naming each
    // account as `integrations` does.
    void showPost(const Post &post, const QList<Integration> &integrations);

Q_SIGNALS:
    void sendAgainChosen(const QString &integrationId);
    void wentOutChosen(const QString &integrationId);

private:
    void choose(const QString &link);

    QSet<QString> m_offered;
};

} // namespace Almanac
