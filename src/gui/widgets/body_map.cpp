// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/body_map.h"

#include "gui/widgets/text.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace spasmguide {
namespace {

struct Placement {
    BodyArea area;
    int row;
    int column; // 1 left, 2 centre, 3 right
};

constexpr Placement kPlacements[] = {
    {BodyArea::LowBackLeft, 1, 1},   {BodyArea::LowBackCentre, 1, 2},  {BodyArea::LowBackRight, 1, 3},
    {BodyArea::ButtockLeft, 2, 1},   {BodyArea::ButtockRight, 2, 3},   {BodyArea::HipLeft, 3, 1},
    {BodyArea::HipRight, 3, 3},      {BodyArea::ThighLeft, 4, 1},      {BodyArea::ThighRight, 4, 3},
    {BodyArea::BelowKneeLeft, 5, 1}, {BodyArea::BelowKneeRight, 5, 3},
};

QString regionName(int row) {
    switch (row) {
    case 1:
        return BodyMap::tr("Low back");
    case 2:
        return BodyMap::tr("Buttock");
    case 3:
        return BodyMap::tr("Hip");
    case 4:
        return BodyMap::tr("Thigh");
    default:
        return BodyMap::tr("Below the knee");
    }
}

QString sideName(int column) {
    switch (column) {
    case 1:
        return BodyMap::tr("Left");
    case 2:
        return BodyMap::tr("Centre");
    default:
        return BodyMap::tr("Right");
    }
}

const Placement& placementOf(BodyArea area) {
    for (const auto& placement : kPlacements) {
        if (placement.area == area) {
            return placement;
        }
    }
    return kPlacements[0];
}

} // namespace

QString BodyMap::areaName(BodyArea area) {
    const auto& placement = placementOf(area);
    return tr("%1, %2").arg(regionName(placement.row), sideName(placement.column).toLower());
}

BodyMap::BodyMap(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("Where it hurts"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    for (int column = 1; column <= 3; ++column) {
        auto* header = new QLabel(column == 2 ? tr("Centre") : column == 1 ? tr("Your left") : tr("Your right"));
        header->setAlignment(Qt::AlignCenter);
        header->setProperty("role", QStringLiteral("muted"));
        grid->addWidget(header, 0, column);
    }
    for (int row = 1; row <= 5; ++row) {
        auto* label = new QLabel(regionName(row));
        scaleFont(label, 1.0, true);
        grid->addWidget(label, row, 0);
    }
    for (const auto& placement : kPlacements) {
        auto* button = new QPushButton;
        button->setCheckable(true);
        button->setObjectName(
            QStringLiteral("area-") +
            QString::fromLatin1(toString(placement.area).data(), static_cast<int>(toString(placement.area).size())));
        button->setAccessibleName(areaName(placement.area));
        button->setProperty("bodyArea", true);
        grid->addWidget(button, placement.row, placement.column);
        m_buttons.emplace(placement.area, button);
        refresh(placement.area);
        connect(button, &QPushButton::toggled, this, [this, area = placement.area] {
            refresh(area);
            Q_EMIT selectionChanged();
        });
    }
    grid->setColumnStretch(4, 1);
}

void BodyMap::refresh(BodyArea area) {
    QPushButton* button = m_buttons.at(area);
    const QString side = sideName(placementOf(area).column);
    button->setText(button->isChecked() ? QStringLiteral("\u2713 ") + side : side);
}

std::set<BodyArea> BodyMap::selected() const {
    std::set<BodyArea> areas;
    for (const auto& [area, button] : m_buttons) {
        if (button->isChecked()) {
            areas.insert(area);
        }
    }
    return areas;
}

void BodyMap::setSelected(const std::set<BodyArea>& areas) {
    for (const auto& [area, button] : m_buttons) {
        button->setChecked(areas.count(area) > 0);
    }
}

} // namespace spasmguide
