// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/episode_store.h"
#include "core/store/migrations.h"

#include <filesystem>
#include <span>

namespace spasmguide {

// EpisodeStore::open with the schema steps given, so tests can add a future version and watch the upgrade.
[[nodiscard]] OpenResult openEpisodeStore(const std::filesystem::path& dataDir, const Clock& clock,
                                          std::span<const Migration> migrations, OpenOptions options = {});

} // namespace spasmguide
