// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/timestamp.h"

#include <array>
#include <cstdio>
#include <ctime>

namespace spasmguide {

namespace {

using namespace std::chrono;

struct Civil {
    year_month_day date;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
};

Civil civilOf(const Timestamp& stamp) {
    const sys_time<milliseconds> local{milliseconds(stamp.epochMs) + minutes(stamp.utcOffsetMinutes)};
    const auto day = floor<days>(local);
    const auto inDay = local - day;
    return {year_month_day(day), static_cast<int>(duration_cast<hours>(inDay).count()),
            static_cast<int>(duration_cast<minutes>(inDay).count() % 60),
            static_cast<int>(duration_cast<seconds>(inDay).count() % 60), static_cast<int>(inDay.count() % 1000)};
}

// Reads exactly `count` decimal digits; false if any is missing.
bool digits(std::string_view text, std::size_t& pos, std::size_t count, int& value) {
    value = 0;
    for (std::size_t i = 0; i < count; ++i, ++pos) {
        if (pos >= text.size() || text[pos] < '0' || text[pos] > '9') {
            return false;
        }
        value = value * 10 + (text[pos] - '0');
    }
    return true;
}

// The fixed-width start of every accepted text: a digit where the pattern has 'd', that very character elsewhere.
// One pass over a pattern: a million-row export parses two million of these.
constexpr std::string_view kFixedStart = "dddd-dd-ddTdd:dd:dd";

bool fixedStart(std::string_view text, std::array<int, 6>& fields) {
    if (text.size() < kFixedStart.size()) {
        return false;
    }
    std::size_t field = 0;
    for (std::size_t i = 0; i < kFixedStart.size(); ++i) {
        const char c = text[i];
        if (kFixedStart[i] != 'd') {
            if (c != kFixedStart[i]) {
                return false;
            }
            ++field;
        } else if (c < '0' || c > '9') {
            return false;
        } else {
            fields[field] = fields[field] * 10 + (c - '0');
        }
    }
    return true;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

int localOffsetMinutes(std::time_t seconds) {
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &seconds);
    return static_cast<int>((_mkgmtime(&local) - seconds) / 60);
#else
    localtime_r(&seconds, &local);
    return static_cast<int>(local.tm_gmtoff / 60);
#endif
}

// The general form, for years and offsets too wide for the fixed-width fast path.
std::string printed(const Civil& c, int utcOffsetMinutes) {
    const int offset = utcOffsetMinutes < 0 ? -utcOffsetMinutes : utcOffsetMinutes;
    char fraction[8] = "";
    if (c.millisecond != 0) {
        std::snprintf(fraction, sizeof fraction, ".%03d", c.millisecond);
    }
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d%s%c%02d:%02d", static_cast<int>(c.date.year()),
                  static_cast<unsigned>(c.date.month()), static_cast<unsigned>(c.date.day()), c.hour, c.minute,
                  c.second, fraction, utcOffsetMinutes < 0 ? '-' : '+', offset / 60, offset % 60);
    return text;
}

} // namespace

Timestamp Timestamp::local(system_clock::time_point moment) {
    const auto ms = floor<milliseconds>(moment);
    return {ms.time_since_epoch().count(), localOffsetMinutes(system_clock::to_time_t(floor<seconds>(moment)))};
}

Timestamp Timestamp::fromTimePoint(system_clock::time_point moment, int utcOffsetMinutes) {
    return {floor<milliseconds>(moment).time_since_epoch().count(), utcOffsetMinutes};
}

system_clock::time_point Timestamp::timePoint() const {
    return system_clock::time_point(duration_cast<system_clock::duration>(milliseconds(epochMs)));
}

std::string Timestamp::toIso8601() const {
    std::string text;
    appendIso8601(text);
    return text;
}

void Timestamp::appendIso8601(std::string& out) const {
    // Written digit by digit into one buffer: snprintf was a tenth of the time of a million-row CSV export.
    const Civil c = civilOf(*this);
    const int offset = utcOffsetMinutes < 0 ? -utcOffsetMinutes : utcOffsetMinutes;
    const int year = static_cast<int>(c.date.year());
    if (year < 0 || year > 9999 || offset >= 100 * 60) {
        out += printed(c, utcOffsetMinutes);
        return;
    }
    char text[] = "0000-00-00T00:00:00.000+00:00";
    const auto put = [&text](std::size_t at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10) {
            text[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
        }
    };
    put(0, year, 4);
    put(5, static_cast<int>(static_cast<unsigned>(c.date.month())), 2);
    put(8, static_cast<int>(static_cast<unsigned>(c.date.day())), 2);
    put(11, c.hour, 2);
    put(14, c.minute, 2);
    put(17, c.second, 2);
    std::size_t zone = 19;
    if (c.millisecond != 0) {
        put(20, c.millisecond, 3);
        zone = 23;
    }
    text[zone] = utcOffsetMinutes < 0 ? '-' : '+';
    put(zone + 1, offset / 60, 2);
    text[zone + 3] = ':';
    put(zone + 4, offset % 60, 2);
    out.append(text, zone + 6);
}

std::string Timestamp::toFileStamp() const {
    const Civil c = civilOf(*this);
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02u%02u-%02d%02d%02d", static_cast<int>(c.date.year()),
                  static_cast<unsigned>(c.date.month()), static_cast<unsigned>(c.date.day()), c.hour, c.minute,
                  c.second);
    return text;
}

std::optional<Timestamp> Timestamp::fromIso8601(std::string_view text) {
    std::array<int, 6> fields{}; // year, month, day, hour, minute, second
    if (!fixedStart(text, fields)) {
        return std::nullopt;
    }
    const auto [y, mo, d, h, mi, s] = fields;
    std::size_t pos = kFixedStart.size();
    int ms = 0;
    if (expect(text, pos, '.')) {
        int scale = 100;
        const std::size_t start = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            ms += (text[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start) {
            return std::nullopt;
        }
    }
    int offset = 0;
    if (!expect(text, pos, 'Z')) {
        const bool negative = expect(text, pos, '-');
        int oh = 0, om = 0;
        if ((!negative && !expect(text, pos, '+')) || !digits(text, pos, 2, oh) || !expect(text, pos, ':') ||
            !digits(text, pos, 2, om) || oh > 23 || om > 59) {
            return std::nullopt;
        }
        offset = (negative ? -1 : 1) * (oh * 60 + om);
    }
    const year_month_day date{year(y), month(static_cast<unsigned>(mo)), day(static_cast<unsigned>(d))};
    if (pos != text.size() || !date.ok() || h > 23 || mi > 59 || s > 59) {
        return std::nullopt;
    }
    const auto local = sys_days(date) + hours(h) + minutes(mi) + seconds(s) + milliseconds(ms);
    return Timestamp{(local - minutes(offset)).time_since_epoch().count(), offset};
}

} // namespace spasmguide
