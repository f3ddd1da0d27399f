// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"

#include <QFrame>

class QPushButton;

namespace spasmguide {

// One heat product: name, "Best for", bullets, a link that opens the browser only when clicked, and "Time this",
// which asks for the heat timer with this product chosen.
class ProductCard final : public QFrame {
    Q_OBJECT

public:
    explicit ProductCard(const Product& product, QWidget* parent = nullptr);

    [[nodiscard]] QPushButton* timeButton() const { return m_time; }

Q_SIGNALS:
    void timeRequested(const QString& productName);

private:
    QPushButton* m_time = nullptr;
};

// A button that opens an https address in the system browser when (and only when) it is clicked.
QPushButton* makeLinkButton(const QString& label, const QString& url, QWidget* parent = nullptr);

} // namespace spasmguide
