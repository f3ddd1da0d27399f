// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/region_codes.h"

#include <algorithm>
#include <array>

namespace spasmguide {
namespace {

// The 249 officially assigned ISO 3166-1 alpha-2 codes (ISO 3166 Maintenance Agency, as shipped in Debian's
// iso-codes 4.15), sorted for binary search.
constexpr std::array<std::string_view, 249> kRegionCodes{
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB",
    "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY",
    "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX",
    "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK",
    "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
    "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR",
    "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA",
    "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE",
    "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
    "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG",
    "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF",
    "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY",
    "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
};

bool isDialChar(char c) {
    return (c >= '0' && c <= '9') || c == '#' || c == '*';
}

} // namespace

bool isRegionCode(std::string_view code) {
    return code.size() == 2 && std::binary_search(kRegionCodes.begin(), kRegionCodes.end(), code);
}

std::string regionCodeFromInput(std::string_view typed) {
    while (!typed.empty() && typed.front() == ' ') {
        typed.remove_prefix(1);
    }
    while (!typed.empty() && typed.back() == ' ') {
        typed.remove_suffix(1);
    }
    std::string code(typed);
    for (auto& c : code) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return isRegionCode(code) ? code : std::string();
}

bool isDialledNumber(std::string_view number) {
    if (number.empty() || number.size() > 20) {
        return false;
    }
    const std::string_view digits = number.front() == '+' ? number.substr(1) : number;
    if (digits.empty() || !isDialChar(digits.front()) || !isDialChar(digits.back())) {
        return false;
    }
    for (std::size_t i = 1; i + 1 < digits.size(); ++i) {
        const bool groupBreak = digits[i] == ' ' && isDialChar(digits[i - 1]) && isDialChar(digits[i + 1]);
        if (!isDialChar(digits[i]) && !groupBreak) {
            return false;
        }
    }
    return true;
}

} // namespace spasmguide
