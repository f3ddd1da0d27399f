// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Live preview for content editors: saving a file in the --content root re-renders the screen on display, in
// place; a broken save keeps the last good content and lists the problems; fixing it clears them. The only
// waits are bounded waits for the file-system event.
#include "gui/content/content_watcher.h"
#include "gui/guide/content_problems_screen.h"
#include "gui/guide/triage_screen.h"
#include "gui/widgets/sign_row.h"
#include "gui_test_support.h"

#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace spasmguide;

namespace {

bool copyFolder(const QString& from, const QString& to) {
    QDir().mkpath(to);
    const QDir source(from);
    for (const auto& entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir() ? !copyFolder(entry.filePath(), target) : !QFile::copy(entry.filePath(), target)) {
            return false;
        }
    }
    return true;
}

QByteArray read(const QString& file) {
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

// Written as editors do: a new file renamed over the old one, which ends the old file's watch.
bool save(const QString& file, const QByteArray& bytes) {
    const QString temporary = file + QStringLiteral(".saving");
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        return false;
    }
    out.close();
    return QFile::remove(file) && QFile::rename(temporary, file);
}

bool showsText(QWidget* root, const QString& text) {
    for (const auto* label : root->findChildren<QLabel*>()) {
        if (label->isVisibleTo(root) && label->text().contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestLivePreview : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_steps;
    QByteArray m_original;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(copyFolder(QStringLiteral(SPASMGUIDE_CONTENT_DIR), m_dir->path()));
        m_steps = QDir(m_dir->path()).filePath(QStringLiteral("en/steps.json"));
        m_original = read(m_steps);
        QVERIFY(m_original.contains("Heat first: reduce lock-down"));
        ContentLoader loader;
        m_window = test::openWindow(QStringLiteral("US"), loadContent(loader, m_dir->path(), QStringLiteral("en")));
        QVERIFY(m_window->contentWatcher());
    }

    void cleanup() {
        m_window.reset();
        m_dir.reset();
    }

    void aSavedEditReRendersTheScreenInPlace() {
        auto& window = *m_window;
        auto* triage = static_cast<TriageScreen*>(window.screen(QStringLiteral("triage")));
        window.showScreen(QStringLiteral("step-heat"));
        QSignalSpy reloaded(window.contentWatcher(), &ContentWatcher::reloaded);
        QVERIFY(save(m_steps, QByteArray(m_original).replace("Heat first: reduce lock-down", "Warm Up Right Away")));
        QVERIFY(reloaded.wait(5000)); // the file-system event, bounded
        QCOMPARE(window.currentScreenId(), QStringLiteral("step-heat"));
        QVERIFY(showsText(window.screen(QStringLiteral("step-heat")), QStringLiteral("Warm Up Right Away")));
        QVERIFY(!window.problemsBanner()->isVisible());
        QVERIFY(triage->answers().empty());

        // A second save is seen too: the renamed file is watched again.
        QVERIFY(save(m_steps, QByteArray(m_original).replace("Heat first: reduce lock-down", "Heat, Now")));
        QVERIFY(reloaded.wait(5000));
        QVERIFY(showsText(window.screen(QStringLiteral("step-heat")), QStringLiteral("Heat, Now")));
    }

    void aBrokenEditKeepsTheLastGoodContentUntilItIsFixed() {
        auto& window = *m_window;
        window.showScreen(QStringLiteral("step-heat"));
        QSignalSpy reloaded(window.contentWatcher(), &ContentWatcher::reloaded);
        QVERIFY(save(m_steps, m_original.left(m_original.size() / 2))); // truncated mid-file
        QVERIFY(reloaded.wait(5000));
        QVERIFY(window.problemsBanner()->isVisible());
        QVERIFY(showsText(window.problemsBanner(), QStringLiteral("last good version")));
        QVERIFY(showsText(window.screen(QStringLiteral("step-heat")), QStringLiteral("Heat first: reduce lock-down")));
        QVERIFY(!window.content().usingBuiltIn);
        QVERIFY(!window.content().problems.empty());
        QVERIFY(
            QString::fromStdString(window.content().problems.front().format()).contains(QStringLiteral("steps.json:")));
        // The problems page counts what its lines say: errors, never "warnings" for a line that reads "error:".
        window.showScreen(QStringLiteral("content-problems"));
        auto* problems = static_cast<ContentProblemsScreen*>(window.screen(QStringLiteral("content-problems")));
        QVERIFY(problems->problemsText().contains(QStringLiteral(": error: ")));
        QVERIFY(problems->summaryText().contains(QStringLiteral("last good version is still shown")));
        QVERIFY(problems->summaryText().contains(QStringLiteral("1 error")));
        QVERIFY(!problems->summaryText().contains(QStringLiteral("warning(s) about")));
        QVERIFY(!problems->summaryText().contains(QStringLiteral("1 warning")));

        QVERIFY(save(m_steps, m_original));
        QVERIFY(reloaded.wait(5000));
        QVERIFY(!window.problemsBanner()->isVisible());
        QVERIFY(window.content().problems.empty());
    }

    void reloadContentWorksWithoutAnyFileEventAndKeepsTheTicks() {
        auto& window = *m_window;
        auto* triage = static_cast<TriageScreen*>(window.screen(QStringLiteral("triage")));
        for (auto* row : triage->findChildren<SignRow*>()) {
            if (row->signId() == QStringLiteral("past-cancer")) {
                row->setChecked(true); // a same-day sign: the screen stays
            }
        }
        QSignalSpy reloaded(window.contentWatcher(), &ContentWatcher::reloaded);
        const auto before = triage->answers();
        QCOMPARE(before.ticked, (std::set<std::string>{"past-cancer"}));
        window.reloadContent();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(window.currentScreenId(), QStringLiteral("triage"));
        QCOMPARE(triage->answers().ticked, before.ticked);
    }

    // The loader's hardening holds in the running app too: a save with a byte-order mark is shown (with a
    // warning), a number beyond a double's range keeps the last good content; neither brings the window down.
    void aByteOrderMarkOrAHugeNumberInASaveDoesNotBringThePreviewDown() {
        auto& window = *m_window;
        window.showScreen(QStringLiteral("step-heat"));
        QSignalSpy reloaded(window.contentWatcher(), &ContentWatcher::reloaded);
        QVERIFY(
            save(m_steps, "\xEF\xBB\xBF" + QByteArray(m_original).replace("Heat first: reduce lock-down", "Warm Up")));
        QVERIFY(reloaded.wait(5000));
        QVERIFY(showsText(window.screen(QStringLiteral("step-heat")), QStringLiteral("Warm Up")));
        QVERIFY(showsText(window.problemsBanner(), QStringLiteral("warning")));
        QVERIFY(QString::fromStdString(window.content().problems.front().format())
                    .contains(QStringLiteral("steps.json:1:1: warning: the file starts with a byte-order mark")));

        QVERIFY(save(m_steps, QByteArray(m_original).replace("\"number\": 1,", "\"number\": 1e999,")));
        QVERIFY(reloaded.wait(5000));
        QVERIFY(showsText(window.problemsBanner(), QStringLiteral("last good version")));
        QVERIFY(showsText(window.screen(QStringLiteral("step-heat")), QStringLiteral("Warm Up")));
        QVERIFY(QString::fromStdString(window.content().problems.front().format())
                    .contains(QStringLiteral("error: number is out of range")));
    }
};

QTEST_MAIN(TestLivePreview)
#include "test_live_preview.moc"
