// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <vector>

namespace spasmguide {

class SignRow;

// Warning signs in as many columns as make the group shortest for its width, so every sign of every group fits the
// window the app opens with, and fewer columns (down to one) as the text grows: at 200% the signs reflow and the
// screen scrolls, nothing is clipped. Signs read left to right, then down, in the content's order (also the Tab
// order). A plain grid layout cannot change its column count with the width; this widget places its rows itself.
class SignGrid final : public QWidget {
    Q_OBJECT

public:
    // `minimumColumnChars`: the narrowest column, in average characters of the font, before a column is dropped.
    explicit SignGrid(int minimumColumnChars, QWidget* parent = nullptr);

    void addSign(SignRow* row);
    [[nodiscard]] const std::vector<SignRow*>& signs() const { return m_rows; }
    [[nodiscard]] int columnsFor(int width) const;

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] int minimumColumnWidth() const;
    [[nodiscard]] int heightWith(int columns, int width) const;
    void place();

    int m_minimumColumnChars;
    std::vector<SignRow*> m_rows;
};

} // namespace spasmguide
