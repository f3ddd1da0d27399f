// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryFile>
#include <memory>
#include <ostream>

namespace spasmguide {

// A file the app writes for the person (an export, the report, the heat timer's copy): whole or not at all, and
// readable by its owner only, because it holds health data. The bytes go to a new temporary beside the target,
// created with a unique name, O_EXCL and mode 0600 (QTemporaryFile), so nothing planted at a guessable name (a
// symlink at "<target>.partial") is followed or truncated. commit() flushes it to the disk and renames it over the
// target; a target that is a symbolic link is replaced by the file, and what the link pointed to is left alone.
// Without commit() the temporary is removed and the target keeps what it had.
class PrivateOutputFile final {
public:
    explicit PrivateOutputFile(const QString& target);
    ~PrivateOutputFile();
    PrivateOutputFile(const PrivateOutputFile&) = delete;
    PrivateOutputFile& operator=(const PrivateOutputFile&) = delete;

    // Creates the temporary; false with errorString() when the folder cannot take it.
    bool open();
    [[nodiscard]] QIODevice& device() { return m_file; }
    // The same file as a std::ostream, for the core's writers.
    [[nodiscard]] std::ostream& stream();
    // Writes out what is buffered, syncs it to the disk and renames the temporary over the target.
    bool commit();
    [[nodiscard]] const QString& errorString() const { return m_error; }

private:
    class DeviceBuffer;

    QString m_target;
    QTemporaryFile m_file;
    std::unique_ptr<DeviceBuffer> m_buffer;
    std::unique_ptr<std::ostream> m_stream;
    QString m_error;
};

} // namespace spasmguide
