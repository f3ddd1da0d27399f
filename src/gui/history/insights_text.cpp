// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/insights_text.h"

#include "gui/log/log_vocabulary.h"

#include <QLocale>
#include <cmath>

namespace spasmguide {
namespace {

constexpr std::size_t kItemsShown = 3;
constexpr double kNoChange = 0.05; // smaller average changes read as "about the same"

QString number(double value) {
    return QLocale().toString(value, 'f', 1);
}

QString reliefName(const std::string& what) {
    if (what == "heat") {
        return InsightsText::tr("Heat");
    }
    if (what == "medication") {
        return InsightsText::tr("Medication");
    }
    if (what == "movement") {
        return InsightsText::tr("Gentle movement");
    }
    return InsightsText::tr("Slow breathing");
}

void addRecurring(QStringList& out, const Insights& insights) {
    const auto triggers = triggerChoices();
    const auto worse = worseChoices();
    for (std::size_t i = 0; i < std::min(kItemsShown, insights.triggers.size()); ++i) {
        const auto& item = insights.triggers[i];
        out << InsightsText::tr("\u201c%1\u201d came before %2 of your %n episode(s).", nullptr, insights.episodes)
                   .arg(labelFor(triggers, QString::fromStdString(item.id)))
                   .arg(item.episodes);
    }
    for (std::size_t i = 0; i < std::min(kItemsShown, insights.worse.size()); ++i) {
        const auto& item = insights.worse[i];
        out << InsightsText::tr("\u201c%1\u201d made it worse in %2 of your %n episode(s).", nullptr, insights.episodes)
                   .arg(labelFor(worse, QString::fromStdString(item.id)))
                   .arg(item.episodes);
    }
    if (insights.triggers.empty() && insights.worse.empty()) {
        out << InsightsText::tr("No trigger or \u201cmade it worse\u201d item has been noted in more than one episode "
                                "yet.");
    }
}

void addRelief(QStringList& out, const Insights& insights) {
    if (insights.relief.empty()) {
        out << InsightsText::tr("Too few check-ins follow heat, medication, movement or breathing yet to compare "
                                "what helped.");
        return;
    }
    for (const auto& item : insights.relief) {
        const QString name = reliefName(item.what);
        if (item.averageDrop >= kNoChange) {
            out << InsightsText::tr("%1 was followed by pain %2 points lower on average at the next check-in (%n "
                                    "time(s)).",
                                    nullptr, item.times)
                       .arg(name, number(item.averageDrop));
        } else if (item.averageDrop <= -kNoChange) {
            out << InsightsText::tr("%1 was followed by pain %2 points higher on average at the next check-in (%n "
                                    "time(s)).",
                                    nullptr, item.times)
                       .arg(name, number(-item.averageDrop));
        } else {
            out << InsightsText::tr("%1 was followed by about the same pain at the next check-in (%n time(s)).",
                                    nullptr, item.times)
                       .arg(name);
        }
    }
    out << InsightsText::tr("These show what came before less pain, not what caused it.");
}

} // namespace

QString InsightsText::duration(double hours) {
    if (hours < 48.0) {
        return tr("%n hour(s)", nullptr, static_cast<int>(std::lround(hours)));
    }
    return tr("about %n day(s)", nullptr, static_cast<int>(std::lround(hours / 24.0)));
}

QStringList InsightsText::sentences(const Insights& insights) {
    QStringList out;
    if (insights.episodes == 0) {
        out << tr("Your log has no episodes yet. Insights appear here once you have logged a few.");
        return out;
    }
    if (!insights.enoughForPatterns()) {
        out << tr("After %n episode(s) there is not enough to see a pattern yet. Each episode you log adds to the "
                  "picture.",
                  nullptr, insights.episodes);
    }
    if (insights.medianDaysBetween && insights.perMonth) {
        out << tr("You have logged %n episode(s). Usually about %1 days passed between one and the next, about %2 a "
                  "month.",
                  nullptr, insights.episodes)
                   .arg(number(*insights.medianDaysBetween), number(*insights.perMonth));
    } else {
        out << tr("You have logged %n episode(s).", nullptr, insights.episodes);
    }
    if (insights.medianHours && insights.longestHours) {
        out << tr("The %n episode(s) that ended lasted %1 as a rule; the longest, %2.", nullptr, insights.endedEpisodes)
                   .arg(duration(*insights.medianHours), duration(*insights.longestHours));
    } else {
        out << tr("No episode has been ended yet, so there is no length to report.");
    }
    if (insights.averagePeak && insights.highestPeak) {
        out << tr("At its worst, pain reached %1 out of 10 on average; the highest was %2.")
                   .arg(number(*insights.averagePeak))
                   .arg(*insights.highestPeak);
    }
    if (insights.enoughForPatterns()) {
        addRecurring(out, insights);
        addRelief(out, insights);
    }
    return out;
}

} // namespace spasmguide
