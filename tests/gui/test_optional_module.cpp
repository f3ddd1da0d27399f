// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The modules loaded on first use: found through SPASMGUIDE_MODULE_DIR (set by CTest to the build's module
// folder), their functions resolved; a missing module or function gives nullptr and a reason, never a crash.
#include "gui/modules/print_dialog.h"
#include "gui/modules/speech_engine.h"
#include "gui/platform/optional_module.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace spasmguide;

class TestOptionalModule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theBuildsModulesAreFoundFirst() {
        const QStringList folders = OptionalModule::searchFolders();
        QVERIFY(!folders.isEmpty());
        QCOMPARE(folders.first(), qEnvironmentVariable("SPASMGUIDE_MODULE_DIR"));
        QCOMPARE(folders.size(), 2); // then the installed folder, relative to the binary
    }

    void thePrintDialogResolves() {
        OptionalModule module(QString::fromLatin1(print_module::kName));
        QVERIFY2(module.resolve(print_module::kPrintWithDialog), qPrintable(module.errorString()));
        QVERIFY(module.errorString().isEmpty());
    }

    void theSpeechEngineIsMadeAndReportsItsStatus() {
        OptionalModule module(QString::fromLatin1(speech_module::kName));
        const auto create = module.resolveAs<speech_module::Create>(speech_module::kCreate);
        if (!create) {
            QSKIP("built without Qt TextToSpeech");
        }
        const std::unique_ptr<SpeechEngine> engine(create(QLocale()));
        QVERIFY(engine);
        if (engine->status() != SpeechEngine::Status::Ready) {
            // As on a test machine: nothing is spoken and nothing breaks.
            engine->say(QStringLiteral("Hello"));
            engine->stop();
            QVERIFY(!engine->isSpeaking());
        }
    }

    void aMissingFunctionIsNullWithAReason() {
        OptionalModule module(QString::fromLatin1(print_module::kName));
        QVERIFY(!module.resolve("no_such_function"));
        QVERIFY(!module.errorString().isEmpty());
    }

    void aMissingModuleIsNullWithAReasonAndIsNotSearchedAgain() {
        QTemporaryDir empty;
        const QByteArray saved = qgetenv("SPASMGUIDE_MODULE_DIR");
        qputenv("SPASMGUIDE_MODULE_DIR", empty.path().toLocal8Bit());
        OptionalModule module(QStringLiteral("spasmguide_no_such_module"));
        QVERIFY(!module.resolve("anything"));
        QVERIFY(module.errorString().contains(QStringLiteral("spasmguide_no_such_module")));
        QVERIFY(!module.resolve("anything")); // the failed search is remembered
        qputenv("SPASMGUIDE_MODULE_DIR", saved);
    }
};

QTEST_MAIN(TestOptionalModule)
#include "test_optional_module.moc"
