// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/demo/demo_data.h"

#include "core/store/episode_store.h"
#include "core/store/sample_log.h"

#include <QCoreApplication>
#include <spdlog/spdlog.h>

namespace spasmguide {

QString DemoData::fill(const Clock& clock) {
    if (!m_dir.isValid()) {
        return QCoreApplication::translate("Demo", "No temporary folder for the demo could be made (%1).")
            .arg(m_dir.errorString());
    }
    // Quiet: the sample's "store opened" lines would come before --report's or --export's one line of output.
    const auto level = spdlog::get_level();
    spdlog::set_level(spdlog::level::warn);
    auto opened = EpisodeStore::open(m_dir.path().toStdString(), clock);
    spdlog::set_level(level);
    if (!opened.store) {
        return QString::fromStdString(opened.message);
    }
    try {
        fillSampleLog(*opened.store, clock.now());
    } catch (const std::exception& e) {
        return QCoreApplication::translate("Demo", "The sample data could not be written (%1).")
            .arg(QString::fromUtf8(e.what()));
    }
    return {};
}

} // namespace spasmguide
