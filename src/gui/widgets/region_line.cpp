// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/region_line.h"

#include "gui/widgets/text.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <algorithm>

namespace spasmguide {
namespace {

// The words of the region line, translated in their own context.
class RegionLine {
    Q_DECLARE_TR_FUNCTIONS(RegionLine)
};

QString regionText(const RegionNumbers& numbers) {
    if (numbers.fromSettings && numbers.regionName.isEmpty()) {
        return RegionLine::tr("The emergency number is the one you set in Settings.");
    }
    if (!numbers.regionName.isEmpty()) {
        return numbers.fromSettings ? RegionLine::tr("Numbers for %1, with your own emergency number from Settings.")
                                          .arg(numbers.regionName)
                                    : RegionLine::tr("Numbers for %1.").arg(numbers.regionName);
    }
    if (!numbers.region.isEmpty()) {
        return RegionLine::tr("This guide has no numbers for the region \u201c%1\u201d.").arg(numbers.region);
    }
    return RegionLine::tr("Your country is not known.");
}

} // namespace

QString neutralNumberAdvice() {
    return RegionLine::tr(
        "From a mobile phone, 112 reaches the emergency services in most of the world, and 911 does across "
        "the Americas.");
}

SourceIds withNumberSources(SourceIds cited, const RegionNumbers& numbers) {
    static const SourceIds kNeutral{"wikipedia-112", "wikipedia-911"}; // ids in the shipped manifest
    for (const auto& id : numbers.known() ? numbers.sources : kNeutral) {
        if (std::find(cited.begin(), cited.end(), id) == cited.end()) {
            cited.push_back(id);
        }
    }
    return cited;
}

QWidget* makeRegionLine(const RegionNumbers& numbers, bool canChange, QPushButton** change) {
    auto* line = new QWidget;
    auto* layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    auto* label = makeTextLabel(regionText(numbers));
    label->setObjectName(QStringLiteral("regionInUse"));
    layout->addWidget(label, 1);
    QPushButton* button = nullptr;
    if (canChange) {
        // A mnemonic gives the one key (Alt+C) the care screen promises; the label says which way it goes.
        button = new QPushButton(numbers.known() ? RegionLine::tr("&Change country")
                                                 : RegionLine::tr("&Choose your country"));
        button->setObjectName(QStringLiteral("changeRegion"));
        button->setAccessibleName(numbers.known() ? RegionLine::tr("Change country")
                                                  : RegionLine::tr("Choose your country"));
        button->setToolTip(RegionLine::tr("Choose the country you are in, in Settings (Alt+C)"));
        layout->addWidget(button, 0, Qt::AlignVCenter);
    }
    if (change) {
        *change = button;
    }
    return line;
}

} // namespace spasmguide
