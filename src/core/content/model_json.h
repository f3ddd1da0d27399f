// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"

#include <nlohmann/json_fwd.hpp>

namespace spasmguide {

// Conversions from schema-valid documents; optional fields default to empty.
void from_json(const nlohmann::json& j, Manifest& m);
void from_json(const nlohmann::json& j, RedFlags& r);
void from_json(const nlohmann::json& j, EmergencyNumbers& e);
void from_json(const nlohmann::json& j, Step& s);
void from_json(const nlohmann::json& j, Pattern& p);
void from_json(const nlohmann::json& j, PatternFinder& f);
void from_json(const nlohmann::json& j, About& a);
void from_json(const nlohmann::json& j, Plan& p);
void from_json(const nlohmann::json& j, MeasuresContent& m);

} // namespace spasmguide
