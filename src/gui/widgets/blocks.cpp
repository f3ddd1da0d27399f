// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/blocks.h"

#include "gui/widgets/callout.h"
#include "gui/widgets/link_label.h"
#include "gui/widgets/product_card.h"
#include "gui/widgets/text.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>
#include <algorithm>

namespace spasmguide {
namespace {

constexpr int kCardsPerRow = 3;

// A box's own "Sources:" line names what its research rests on. The author's own words are the whole guide's
// backbone, named once in the step's sources line: a line under every one of his boxes would only add Tab stops.
SourceIds boxSources(const SourceIds& ids) {
    SourceIds out;
    for (const auto& id : ids) {
        if (id != kAuthorProtocolSource && std::find(out.begin(), out.end(), id) == out.end()) {
            out.push_back(id);
        }
    }
    return out;
}

QWidget* column(QWidget* parent = nullptr) {
    auto* widget = new QWidget(parent);
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    return widget;
}

QWidget* paragraph(const ParagraphBlock& block) {
    return makeTextLabel(qstr(block.text));
}

Callout::Kind kindOf(CalloutBlock::Kind kind) {
    switch (kind) {
    case CalloutBlock::Kind::Safety:
        return Callout::Kind::Safety;
    case CalloutBlock::Kind::Warning:
        return Callout::Kind::Warning;
    case CalloutBlock::Kind::Disclaimer:
        return Callout::Kind::Disclaimer;
    case CalloutBlock::Kind::Info:
        break;
    }
    return Callout::Kind::Info;
}

QWidget* products(const ProductsBlock& block) {
    auto* widget = column();
    if (!block.disclosure.empty()) {
        widget->layout()->addWidget(makeNote(qstr(block.disclosure)));
    }
    // Side by side, three to a row, at a normal size; the grid still wraps its text at 200%.
    auto* grid = new QGridLayout;
    grid->setSpacing(14);
    for (std::size_t i = 0; i < block.items.size(); ++i) {
        const int index = static_cast<int>(i);
        grid->addWidget(new ProductCard(block.items[i]), index / kCardsPerRow, index % kCardsPerRow);
    }
    for (int column = 0; column < kCardsPerRow; ++column) {
        grid->setColumnStretch(column, 1);
    }
    static_cast<QVBoxLayout*>(widget->layout())->addLayout(grid);
    return widget;
}

QWidget* list(const ListBlock& block) {
    auto* widget = column();
    if (!block.title.empty()) {
        widget->layout()->addWidget(makeHeading(qstr(block.title), 1.2));
    }
    for (const auto& item : block.items) {
        widget->layout()->addWidget(makeTextLabel(QStringLiteral("\u2022  ") + qstr(item.text)));
        if (!item.note.empty()) {
            // Under its item, indented and muted: whose words these are and what the research says.
            auto* note = makeNote(qstr(item.note));
            note->setObjectName(QStringLiteral("listItemNote"));
            note->setContentsMargins(24, 0, 0, 0);
            widget->layout()->addWidget(note);
        }
    }
    if (!block.footer.empty()) {
        auto* footer = makeTextLabel(qstr(block.footer));
        scaleFont(footer, 1.0, true);
        widget->layout()->addWidget(footer);
    }
    return widget;
}

QWidget* patterns(const PatternsBlock& block, const ContentBundle& content) {
    auto* widget = column();
    if (!block.title.empty()) {
        widget->layout()->addWidget(makeHeading(qstr(block.title), 1.2));
    }
    if (!block.intro.empty()) {
        widget->layout()->addWidget(makeTextLabel(qstr(block.intro)));
    }
    for (const auto& pattern : content.patterns) {
        auto* label = makeTextLabel(QStringLiteral("\u2022  ") + qstr(pattern.name) + QStringLiteral(": ") +
                                    qstr(pattern.explanation));
        widget->layout()->addWidget(label);
    }
    if (!block.closing.empty()) {
        widget->layout()->addWidget(new Callout(Callout::Kind::Info, {}, qstr(block.closing)));
    }
    return widget;
}

QWidget* link(const LinkBlock& block) {
    auto* widget = column();
    if (!block.title.empty()) {
        widget->layout()->addWidget(makeHeading(qstr(block.title), 1.2));
    }
    if (!block.text.empty()) {
        widget->layout()->addWidget(makeTextLabel(qstr(block.text)));
    }
    if (!block.url.empty()) {
        auto* row = new QHBoxLayout;
        auto* button = makeLinkButton(qstr(block.label), qstr(block.url));
        button->setObjectName(QStringLiteral("linkBlockButton"));
        row->addWidget(button);
        row->addStretch(1);
        static_cast<QVBoxLayout*>(widget->layout())->addLayout(row);
    } else if (!block.label.empty()) {
        // No address configured yet: the offer still reads in full, without a button that goes nowhere.
        auto* label = makeTextLabel(qstr(block.label));
        scaleFont(label, 1.0, true);
        widget->layout()->addWidget(label);
    }
    if (!block.note.empty()) {
        widget->layout()->addWidget(makeNote(qstr(block.note)));
    }
    return widget;
}

} // namespace

QString sourcesHtml(const SourceIds& ids, const ContentBundle& content) {
    QStringList parts;
    for (const auto& id : ids) {
        const Source* source = content.source(id);
        if (!source) {
            continue;
        }
        QString text = qstr(source->title);
        QStringList where;
        if (!source->publisher.empty()) {
            where << qstr(source->publisher);
        }
        if (!source->year.empty()) {
            where << qstr(source->year);
        }
        if (!where.isEmpty()) {
            text += QStringLiteral(" (") + where.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        text = text.toHtmlEscaped();
        if (!source->url.empty()) {
            text = QStringLiteral("<a href=\"%1\">%2</a>").arg(qstr(source->url).toHtmlEscaped(), text);
        }
        parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

QWidget* makeSourcesLine(const SourceIds& ids, const ContentBundle& content) {
    const QString html = sourcesHtml(ids, content);
    if (html.isEmpty()) {
        return nullptr;
    }
    return new LinkLabel(QCoreApplication::translate("Blocks", "Sources: %1").arg(html),
                         QCoreApplication::translate("Blocks", "Sources"));
}

SourceIds joinSources(std::initializer_list<SourceIds> lists) {
    SourceIds ids;
    for (const auto& list : lists) {
        for (const auto& id : list) {
            if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
                ids.push_back(id);
            }
        }
    }
    return ids;
}

QWidget* makeBlockWidget(const Block& block, const ContentBundle& content) {
    return std::visit(
        [&content](const auto& b) -> QWidget* {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, ParagraphBlock>) {
                return paragraph(b);
            } else if constexpr (std::is_same_v<T, CalloutBlock>) {
                auto* callout = new Callout(kindOf(b.kind), qstr(b.title), qstr(b.text));
                callout->setNote(qstr(b.note));
                SourceIds ids = b.sources;
                ids.insert(ids.end(), b.noteSources.begin(), b.noteSources.end());
                callout->setSourcesHtml(sourcesHtml(boxSources(ids), content));
                return callout;
            } else if constexpr (std::is_same_v<T, ProductsBlock>) {
                return products(b);
            } else if constexpr (std::is_same_v<T, ListBlock>) {
                return list(b);
            } else if constexpr (std::is_same_v<T, PatternsBlock>) {
                return patterns(b, content);
            } else if constexpr (std::is_same_v<T, EvidenceBlock>) {
                auto* callout = new Callout(Callout::Kind::Evidence, qstr(b.title), qstr(b.text));
                callout->setSourcesHtml(sourcesHtml(b.sources, content));
                return callout;
            } else {
                return link(b);
            }
        },
        block);
}

} // namespace spasmguide
