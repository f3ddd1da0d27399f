// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/link_checks.h"

#include "core/content/json_walk.h"

#include <algorithm>
#include <string_view>

namespace spasmguide {
namespace {

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool isLinkKey(std::string_view key) {
    return key == "url" || endsWith(key, "Url");
}

bool isPictureKey(std::string_view key) {
    return key == "image" || key == "icon" || endsWith(key, "Image") || endsWith(key, "Icon");
}

bool isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// RFC 3986 lets these appear in a link only %-encoded; a browser may guess, an editor should not rely on it.
bool needsEncoding(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u >= 0x7F || std::string_view("\"<>\\^`{|}").find(c) != std::string_view::npos;
}

// "www.nhs.uk": labels of letters, digits and inner hyphens, ending in a top-level domain of letters.
bool isHostName(std::string_view host) {
    if (host.empty() || host.size() > 253 || host.find('.') == std::string_view::npos) {
        return false;
    }
    std::size_t start = 0;
    while (true) {
        const auto end = std::min(host.find('.', start), host.size());
        const auto label = host.substr(start, end - start);
        const bool last = end == host.size();
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-' ||
            !std::all_of(label.begin(), label.end(), [](char c) { return isAlnum(c) || c == '-'; })) {
            return false;
        }
        if (last) {
            return label.size() >= 2 && std::all_of(label.begin(), label.end(),
                                                    [](char c) { return isAlnum(c) && !(c >= '0' && c <= '9'); });
        }
        start = end + 1;
    }
}

} // namespace

std::optional<std::string> linkProblem(const std::string& url) {
    constexpr std::string_view kScheme = "https://";
    if (url.rfind(kScheme, 0) != 0) {
        return "not a secure link: it must start with https://";
    }
    if (std::any_of(url.begin(), url.end(), needsEncoding)) {
        return "the link holds a space or a character that must be %-encoded";
    }
    const std::string_view rest = std::string_view(url).substr(kScheme.size());
    std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (authority.find('@') != std::string_view::npos) {
        return "the link must not hold a user name or password";
    }
    if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
        const auto port = authority.substr(colon + 1);
        if (port.empty() || port.size() > 5 ||
            !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return "the link's port is not a number";
        }
        authority = authority.substr(0, colon);
    }
    if (authority.empty()) {
        return "the link has no host name";
    }
    if (!isHostName(authority)) {
        return "\"" + std::string(authority) + "\" is not a host name such as www.example.org";
    }
    return std::nullopt;
}

void checkLinks(const ParsedFile& file, Diagnostics& out) {
    forEachText(file.document, "", "",
                [&](const std::string& key, const std::string& pointer, const std::string& text) {
                    if (!isLinkKey(key) || !file.owns(pointer)) {
                        return;
                    }
                    if (auto problem = linkProblem(text)) {
                        out.push_back(file.diagnosticAt(pointer, std::move(*problem)));
                    }
                });
}

void checkPictures(const ParsedFile& file, const ContentFiles& files, const std::string& locale, Diagnostics& out) {
    forEachText(
        file.document, "", "", [&](const std::string& key, const std::string& pointer, const std::string& path) {
            if (!isPictureKey(key) || !file.owns(pointer)) {
                return;
            }
            const bool relative = !path.empty() && path.front() != '/' && path.find('\\') == std::string::npos &&
                                  path.find("://") == std::string::npos && path.find("..") == std::string::npos &&
                                  path.find(':') == std::string::npos;
            if (!relative) {
                out.push_back(file.diagnosticAt(pointer, "\"" + path + "\" must be a path inside the " + locale +
                                                             " folder, such as images/heat.png"));
            } else if (!files.hasFile(locale + '/' + path)) {
                out.push_back(file.diagnosticAt(pointer, "no such file: " + files.displayPath(locale + '/' + path)));
            }
        });
}

} // namespace spasmguide
