// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"

#include <QFrame>

class QPushButton;

namespace spasmguide {

// One heat product: name, "Best for", bullets and a link that opens the browser only when clicked.
class ProductCard final : public QFrame {
    Q_OBJECT

public:
    explicit ProductCard(const Product& product, QWidget* parent = nullptr);
};

// A button that opens an https address in the system browser when (and only when) it is clicked.
QPushButton* makeLinkButton(const QString& label, const QString& url, QWidget* parent = nullptr);

} // namespace spasmguide
