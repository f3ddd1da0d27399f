// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/platform/private_output_file.h"

#include <array>
#include <cerrno>
#include <filesystem>
#include <streambuf>
#include <system_error>
#ifndef _WIN32
#include <unistd.h>
#endif

namespace spasmguide {
namespace {

std::filesystem::path pathOf(const QString& file) {
    return std::filesystem::path(file.toStdU16String());
}

} // namespace

// A std::streambuf that hands its bytes to a QIODevice, so the core's std::ostream writers fill the same file.
class PrivateOutputFile::DeviceBuffer final : public std::streambuf {
public:
    explicit DeviceBuffer(QIODevice& device) : m_device(device) { reset(); }

protected:
    int_type overflow(int_type ch) override {
        if (!drain()) {
            return traits_type::eof();
        }
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    void reset() { setp(m_bytes.data(), m_bytes.data() + m_bytes.size()); }
    bool drain() {
        const qint64 size = pptr() - pbase();
        if (size > 0 && m_device.write(pbase(), size) != size) {
            return false;
        }
        reset();
        return true;
    }

    QIODevice& m_device;
    std::array<char, 64 * 1024> m_bytes{};
};

PrivateOutputFile::PrivateOutputFile(const QString& target)
    : m_target(target), m_file(target + QStringLiteral(".partial-XXXXXX")) {
    m_file.setAutoRemove(true); // until commit() has renamed it
}

PrivateOutputFile::~PrivateOutputFile() = default;

bool PrivateOutputFile::open() {
    // QTemporaryFile creates the file with O_CREAT | O_EXCL and mode 0600, under a name nobody could plant.
    if (!m_file.open()) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

std::ostream& PrivateOutputFile::stream() {
    if (!m_stream) {
        m_buffer = std::make_unique<DeviceBuffer>(m_file);
        m_stream = std::make_unique<std::ostream>(m_buffer.get());
    }
    return *m_stream;
}

bool PrivateOutputFile::commit() {
    if (m_stream && !m_stream->flush()) {
        m_error = m_file.errorString();
        return false;
    }
    if (!m_file.flush()) {
        m_error = m_file.errorString();
        return false;
    }
#ifndef _WIN32
    // On the disk before the rename, so a crash never leaves the target name on a file with holes.
    if (::fsync(m_file.handle()) != 0) {
        m_error = QString::fromStdString(std::generic_category().message(errno));
        return false;
    }
#endif
    const QString written = m_file.fileName();
    m_file.close();
    // rename() replaces the target's name, so a symbolic link there is replaced, never written through.
    std::error_code ec;
    std::filesystem::rename(pathOf(written), pathOf(m_target), ec);
    if (ec) {
        m_error = QString::fromStdString(ec.message());
        return false;
    }
    m_file.setAutoRemove(false);
    return true;
}

} // namespace spasmguide
