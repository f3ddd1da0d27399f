// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/body_area.h"

#include <QWidget>
#include <map>
#include <set>

class QPushButton;

namespace spasmguide {

// Where it hurts, laid out like the back of a body: left and right as the person feels them. Each area is
// a large toggle button (keyboard: Tab and Space), marked by a tick as well as colour when chosen.
class BodyMap final : public QWidget {
    Q_OBJECT

public:
    explicit BodyMap(QWidget* parent = nullptr);

    [[nodiscard]] std::set<BodyArea> selected() const;
    void setSelected(const std::set<BodyArea>& areas);
    [[nodiscard]] QPushButton* button(BodyArea area) const { return m_buttons.at(area); }
    [[nodiscard]] static QString areaName(BodyArea area);

Q_SIGNALS:
    void selectionChanged();

private:
    void refresh(BodyArea area);

    std::map<BodyArea, QPushButton*> m_buttons;
};

} // namespace spasmguide
