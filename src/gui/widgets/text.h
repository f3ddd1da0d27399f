// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string>

class QLabel;
class QWidget;

namespace spasmguide {

[[nodiscard]] inline QString qstr(const std::string& text) { return QString::fromStdString(text); }

// A word-wrapped, plain-text label: content is never interpreted as HTML.
QLabel* makeTextLabel(const QString& text, QWidget* parent = nullptr);
// A heading `scale` times the base font size, bold; marked as a heading for screen readers.
QLabel* makeHeading(const QString& text, double scale, QWidget* parent = nullptr);
// Smaller, muted text for notes and small print (still AA contrast).
QLabel* makeNote(const QString& text, QWidget* parent = nullptr);

// Relative font sizes keep text scaling with the system font and the text-size setting.
void scaleFont(QWidget* widget, double scale, bool bold = false);

} // namespace spasmguide
