// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guide/about_screen.h"

#include "gui/shell/navigation.h"
#include "gui/widgets/blocks.h"
#include "gui/widgets/callout.h"
#include "gui/widgets/product_card.h"
#include "gui/widgets/text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spasmguide {
QString AboutScreen::reviewStatusName(const std::string& status) {
    if (status == "approved") {
        return tr("Approved");
    }
    if (status == "in-review") {
        return tr("In review");
    }
    return tr("Draft, not yet reviewed");
}

QString AboutScreen::partName(const std::string& part) {
    if (part == "signs") {
        return tr("Warning signs and care advice");
    }
    if (part == "steps") {
        return tr("The three steps");
    }
    if (part == "patterns") {
        return tr("Common patterns and the pattern finder");
    }
    if (part == "plan") {
        return tr("Day-by-day plan");
    }
    if (part == "numbers") {
        return tr("Emergency numbers");
    }
    return QString::fromStdString(part);
}

AboutScreen::AboutScreen(QWidget* parent) : ScreenPage(screens::kAbout, parent) {
    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("aboutBack"));
    footer()->addWidget(back);
    footer()->addStretch(1);
    connect(back, &QPushButton::clicked, this, &AboutScreen::backRequested);
}

void AboutScreen::setContent(const ContentBundle& content, bool builtIn) {
    clearBody();
    const auto& about = content.about;
    body()->addWidget(makeHeading(qstr(about.title), 1.7));
    if (!about.subtitle.empty()) {
        body()->addWidget(makeHeading(qstr(about.subtitle), 1.15));
    }
    for (const auto& paragraph : about.bio) {
        body()->addWidget(makeTextLabel(qstr(paragraph)));
    }
    QStringList credentials;
    for (const auto& credential : about.credentials) {
        credentials << qstr(credential);
    }
    auto* credentialLine = makeTextLabel(credentials.join(QStringLiteral("  \u00b7  ")));
    scaleFont(credentialLine, 1.0, true);
    body()->addWidget(credentialLine);
    if (!about.book.text.empty()) {
        body()->addWidget(makeTextLabel(qstr(about.book.text)));
    }
    if (!about.book.url.empty()) {
        auto* row = new QHBoxLayout;
        row->addWidget(makeLinkButton(qstr(about.book.label), qstr(about.book.url)));
        row->addStretch(1);
        body()->addLayout(row);
    }
    body()->addWidget(new Callout(Callout::Kind::Disclaimer, tr("Educational use only"), qstr(about.disclaimer)));

    const auto& manifest = content.manifest;
    body()->addWidget(makeHeading(tr("This guide's content"), 1.2));
    QStringList facts;
    facts << tr("%1, version %2 (%3)").arg(qstr(manifest.title), qstr(manifest.version), qstr(manifest.locale));
    facts << (builtIn ? tr("Source: built into the app") : tr("Source: a content folder chosen with --content"));
    facts << tr("Review status: %1").arg(reviewStatusName(manifest.review.status));
    facts << tr("Reviewed by: %1").arg(qstr(manifest.review.by));
    facts << tr("Review date: %1").arg(qstr(manifest.review.date));
    if (!manifest.review.notes.empty()) {
        facts << tr("Review notes: %1").arg(qstr(manifest.review.notes));
    }
    auto* factsLabel = makeTextLabel(facts.join(QLatin1Char('\n')));
    factsLabel->setObjectName(QStringLiteral("contentFacts"));
    body()->addWidget(factsLabel);

    // Each part is reviewed on its own; one without a record of its own has the whole guide's status.
    body()->addWidget(makeHeading(tr("Review status of each part"), 1.0));
    QStringList parts;
    for (const char* part : {"signs", "steps", "patterns", "plan", "numbers"}) {
        const auto it = manifest.partReviews.find(part);
        const Review& review = it != manifest.partReviews.end() ? it->second : manifest.review;
        QString line = tr("%1: %2 (%3, %4)")
                           .arg(partName(part), reviewStatusName(review.status), qstr(review.by), qstr(review.date));
        if (it == manifest.partReviews.end()) {
            line += tr(", as the whole guide");
        }
        parts << QStringLiteral("\u2022  ") + line;
    }
    auto* partsLabel = makeTextLabel(parts.join(QLatin1Char('\n')));
    partsLabel->setObjectName(QStringLiteral("partReviews"));
    body()->addWidget(partsLabel);

    std::vector<std::string> ids;
    for (const auto& source : manifest.sources) {
        ids.push_back(source.id);
    }
    if (auto* sources = makeSourcesLine(ids, content)) {
        body()->addWidget(sources);
    }

    body()->addWidget(makeHeading(tr("Licences"), 1.2));
    body()->addWidget(makeTextLabel(
        tr("SpasmGuide %1 is free software under the GNU General Public License, version 3 or later. "
           "The guide text belongs to its author, %2, and is not covered by the "
           "GPL. Built with Qt (LGPL 3), nlohmann/json (MIT), SQLite (public domain), spdlog and fmt (MIT) "
           "and valijson (BSD 2-clause).")
            .arg(QStringLiteral(SPASMGUIDE_VERSION), qstr(manifest.author))));
    body()->addStretch(1);
}

} // namespace spasmguide
