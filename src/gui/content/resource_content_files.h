// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/content_files.h"

namespace spasmguide {

// The English bundle compiled into the binary as Qt resources under ":/content".
class ResourceContentFiles final : public ContentFiles {
public:
    [[nodiscard]] FileRead read(const std::string& relativePath) const override;
    [[nodiscard]] bool hasDirectory(const std::string& relativePath) const override;
    [[nodiscard]] std::string displayPath(const std::string& relativePath) const override;
};

} // namespace spasmguide
