// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guide/content_problems_screen.h"
#include "gui_test_support.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

// A copy of the shipped content root in a temporary folder.
bool copyContent(const QString& to) {
    const QDir from(QStringLiteral(SPASMGUIDE_CONTENT_DIR));
    for (const auto& sub : {QStringLiteral("en")}) {
        QDir().mkpath(to + QLatin1Char('/') + sub);
        for (const auto& file : QDir(from.filePath(sub)).entryList(QDir::Files)) {
            if (!QFile::copy(from.filePath(sub + QLatin1Char('/') + file),
                             to + QLatin1Char('/') + sub + QLatin1Char('/') + file)) {
                return false;
            }
        }
    }
    return true;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestContentFallback : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aValidContentFolderIsUsed() {
        QTemporaryDir root;
        QVERIFY(copyContent(root.path()));
        ContentLoader loader;
        const auto content = loadContent(loader, root.path(), QStringLiteral("en_GB"));
        QVERIFY(!content.usingBuiltIn);
        QVERIFY(content.problems.empty());
    }

    void aBrokenContentFolderFallsBackToTheBuiltInGuideAndSaysWhy() {
        QTemporaryDir root;
        QVERIFY(copyContent(root.path()));
        writeFile(root.filePath(QStringLiteral("en/steps.json")), "{\n  \"steps\": [\n");
        ContentLoader loader;
        auto content = loadContent(loader, root.path(), QStringLiteral("en"));
        QVERIFY(content.usingBuiltIn);
        QCOMPARE(content.problems.size(), std::size_t{1});

        auto window = openWindow(QStringLiteral("US"), std::move(content));
        QCOMPARE(window->currentScreenId(), QStringLiteral("triage"));
        QVERIFY(window->problemsBanner()->isVisible());
        QTest::mouseClick(find<QPushButton>(window->problemsBanner(), QStringLiteral("showProblems")), Qt::LeftButton);
        QCOMPARE(window->currentScreenId(), QStringLiteral("content-problems"));
        auto* screen = static_cast<ContentProblemsScreen*>(window->screen(QStringLiteral("content-problems")));
        QVERIFY(screen->problemsText().contains(QStringLiteral("en/steps.json:3:1: error: syntax error")));

        QTest::mouseClick(find<QPushButton>(window->problemsBanner(), QStringLiteral("dismissProblems")),
                          Qt::LeftButton);
        QVERIFY(!window->problemsBanner()->isVisible());
        QTest::mouseClick(onScreen<QPushButton>(*window, QStringLiteral("problemsBack")), Qt::LeftButton);
        QCOMPARE(window->currentScreenId(), QStringLiteral("triage"));
    }

    void theCompleteProtocolOfferBecomesALinkWhenItsAddressIsSet() {
        QTemporaryDir root;
        QVERIFY(copyContent(root.path()));
        const QString stepsPath = root.filePath(QStringLiteral("en/steps.json"));
        QFile steps(stepsPath);
        QVERIFY(steps.open(QIODevice::ReadOnly));
        QByteArray text = steps.readAll();
        steps.close();
        const QByteArray label = "\"label\": \"Get the complete emergency protocol (FREE)\"";
        QVERIFY(text.contains(label));
        text.replace(label, QByteArray(label + ",\n          \"url\": \"https://example.org/protocol\""));
        writeFile(stepsPath, text);

        ContentLoader loader;
        auto content = loadContent(loader, root.path(), QStringLiteral("en"));
        QVERIFY(!content.usingBuiltIn);
        auto window = openWindow(QStringLiteral("US"), std::move(content));
        window->showScreen(QStringLiteral("step-identify"));
        const auto buttons = window->screen(QStringLiteral("step-identify"))
                                 ->findChildren<QPushButton*>(QStringLiteral("linkBlockButton"));
        const bool offered = std::any_of(buttons.begin(), buttons.end(), [](QPushButton* b) {
            return b->accessibleName() == QStringLiteral("Get the complete emergency protocol (FREE)") &&
                   b->toolTip().contains(QStringLiteral("https://example.org/protocol"));
        });
        QVERIFY(offered);
    }

    void aMissingContentFolderStillStarts() {
        ContentLoader loader;
        const auto content = loadContent(loader, QStringLiteral("/no/such/folder"), QStringLiteral("en"));
        QVERIFY(content.usingBuiltIn);
        QVERIFY(content.bundle);
        QCOMPARE(content.problems.size(), std::size_t{1});
    }

    void anUnknownLanguageUsesTheBuiltInEnglish() {
        ContentLoader loader;
        const auto content = loadContent(loader, {}, QStringLiteral("xx_YY"));
        QCOMPARE(content.bundle->manifest.locale, std::string("en"));
        QVERIFY(content.problems.empty());
    }

    void noBannerWithoutProblems() {
        auto window = openWindow();
        QVERIFY(!window->problemsBanner()->isVisible());
    }
};

QTEST_MAIN(TestContentFallback)
#include "test_content_fallback.moc"
