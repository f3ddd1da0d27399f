// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLabel>
#include <QString>
#include <QTextLayout>
#include <memory>
#include <string>

class QWidget;

namespace spasmguide {

// A word-wrapping plain-text label that shapes its text once and remembers its height for each width.
// QLabel shapes the text afresh for every size question and every paint, and layouts ask many times
// while a screen is first shown: that was most of the start-up time. It stays a QLabel for
// accessibility, buddies and style sheets; only measuring and painting are its own.
class WrapLabel final : public QLabel {
    Q_OBJECT

public:
    using QLabel::QLabel;
    ~WrapLabel() override;

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // Word and space widths of one paragraph, measured once from a single shaping of the text.
    struct Paragraph {
        std::vector<qreal> words;
        std::vector<qreal> spaces; // spaces[i] follows words[i]
    };

    void measure() const;                           // again only when the text or font changed
    [[nodiscard]] int lineCount(qreal width) const; // greedy word wrap, as QTextLayout does
    [[nodiscard]] QSize margins() const;

    mutable QString m_measuredText;
    mutable std::vector<Paragraph> m_paragraphs;
    mutable qreal m_naturalWidth = 0;
    mutable qreal m_lineHeight = 0;
    mutable QHash<int, int> m_heights;
    mutable std::unique_ptr<QTextLayout> m_painted; // laid out at the painted width
    mutable int m_paintedWidth = -1;
    mutable qreal m_paintedHeight = 0;
};

[[nodiscard]] inline QString qstr(const std::string& text) {
    return QString::fromStdString(text);
}

// A word-wrapped, plain-text label: content is never interpreted as HTML.
QLabel* makeTextLabel(const QString& text, QWidget* parent = nullptr);
// A heading `scale` times the base font size, bold; marked as a heading for screen readers.
QLabel* makeHeading(const QString& text, double scale, QWidget* parent = nullptr);
// Smaller, muted text for notes and small print (still AA contrast).
QLabel* makeNote(const QString& text, QWidget* parent = nullptr);

// Relative font sizes keep text scaling with the system font and the text-size setting.
void scaleFont(QWidget* widget, double scale, bool bold = false);
// After the application font changed (Settings → Text size): every widget sized by scaleFont() follows.
void rescaleFonts(QWidget* root);

} // namespace spasmguide
