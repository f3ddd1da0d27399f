// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/product_card.h"

#include "gui/widgets/text.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace spasmguide {

QPushButton* makeLinkButton(const QString& label, const QString& url, QWidget* parent) {
    // '&' would otherwise turn into a keyboard mnemonic.
    auto* button = new QPushButton(
        QString(label).replace(QLatin1Char('&'), QStringLiteral("&&")) + QStringLiteral(" \u2197"), parent);
    button->setProperty("link", true);
    const QString hint = QCoreApplication::translate("LinkButton", "Opens %1 in your web browser").arg(url);
    button->setToolTip(hint);
    button->setAccessibleName(label);
    button->setAccessibleDescription(hint);
    button->setCursor(Qt::PointingHandCursor);
    QObject::connect(button, &QPushButton::clicked, button,
                     [url] { QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode)); });
    return button;
}

ProductCard::ProductCard(const Product& product, QWidget* parent) : QFrame(parent) {
    setProperty("card", true);
    setAccessibleName(qstr(product.name));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(8);
    layout->addWidget(makeHeading(qstr(product.name), 1.15));

    auto* bestFor = makeTextLabel(tr("Best for: %1").arg(qstr(product.bestFor)));
    bestFor->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(bestFor);
    for (const auto& bullet : product.bullets) {
        layout->addWidget(makeTextLabel(QStringLiteral("\u2022  ") + qstr(bullet)));
    }
    layout->addStretch(1);
    const QString name = qstr(product.name);
    m_time = new QPushButton(tr("Time this"));
    m_time->setObjectName(QStringLiteral("timeProduct"));
    m_time->setAccessibleName(tr("Time this: %1").arg(name));
    m_time->setToolTip(tr("Open the heat timer with %1 chosen").arg(name));
    layout->addWidget(m_time);
    connect(m_time, &QPushButton::clicked, this, [this, name] { Q_EMIT timeRequested(name); });
    if (!product.url.empty()) {
        const QString label =
            product.linkLabel.empty() ? tr("View %1").arg(qstr(product.name)) : qstr(product.linkLabel);
        auto* link = makeLinkButton(label, qstr(product.url));
        link->setAccessibleName(tr("%1: %2").arg(label, qstr(product.name)));
        link->setObjectName(QStringLiteral("productLink"));
        layout->addWidget(link);
    }
}

} // namespace spasmguide
