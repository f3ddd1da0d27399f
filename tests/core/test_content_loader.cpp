// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/content_loader.h"
#include "core/content/content_validator.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace spasmguide;

namespace {

LoadResult loadShipped() {
    ContentLoader loader;
    return loader.load(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), "en");
}

std::string allDiagnostics(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) {
        out += d.format() + '\n';
    }
    return out;
}

} // namespace

TEST_CASE("the shipped English bundle loads without a single problem") {
    const auto result = loadShipped();
    INFO(allDiagnostics(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.bundle);
}

TEST_CASE("the shipped bundle carries the seed's protocol") {
    const auto bundle = loadShipped().bundle;
    REQUIRE(bundle);
    CHECK(bundle->manifest.locale == "en");
    CHECK(bundle->manifest.title == "Locked in Back Spasm?");

    SECTION("all five urgent-care signs of the seed, together, in its order, under its heading, citing it") {
        REQUIRE(bundle->redFlags.groups.size() == 3);
        const auto& urgent = bundle->redFlags.groups[0];
        CHECK(urgent.heading == "Seek urgent medical care if you have:");
        const auto& signs = urgent.signs;
        REQUIRE(signs.size() >= 5);
        CHECK(signs[0].text == "Severe or progressive weakness");
        CHECK(signs[1].text == "Loss of bowel or bladder control");
        CHECK(signs[2].text == "Saddle numbness (groin/inner thigh)");
        CHECK(signs[3].text == "Fever with back pain");
        CHECK(signs[4].text == "Major trauma or rapidly worsening symptoms");
        for (std::size_t i = 0; i < 5; ++i) {
            const auto& cited = signs[i].sources;
            CHECK(std::find(cited.begin(), cited.end(), "author-protocol") != cited.end());
        }
        CHECK_FALSE(signs[1].detail.empty());
        CHECK_FALSE(signs[1].sources.empty());
    }

    SECTION("each sign carries its own action: fever, in the seed's list, is a same-day sign that can escalate") {
        const auto& redFlags = bundle->redFlags;
        const RedFlag* fever = redFlags.sign("fever");
        REQUIRE(fever);
        CHECK(fever->action == SignAction::SameDay);
        CHECK(fever->escalation.find("confused") != std::string::npos);
        CHECK(redFlags.sign("fever-chills") == nullptr); // one fever item, not two
        CHECK(redFlags.sign("progressive-weakness")->action == SignAction::Ambulance);
        CHECK(redFlags.sign("progressive-weakness")->detail.find("one leg or both") != std::string::npos);
        CHECK(redFlags.sign("cough-sneeze-strain")->action == SignAction::SameDay);
        CHECK(redFlags.sign("spinal-procedure")->action == SignAction::SameDay);
        CHECK(redFlags.sign("no-better-weeks")->action == SignAction::Soon);
        CHECK(redFlags.signsWith(SignAction::Ambulance).size() == 7);
        CHECK(redFlags.signsWith(SignAction::SameDay).size() == 11);
        CHECK(redFlags.groups[0].mostUrgent() == SignAction::Ambulance);
        CHECK(redFlags.groups[2].mostUrgent() == SignAction::Soon);
    }

    SECTION("every sign, action and piece of care text cites a source") {
        const auto& redFlags = bundle->redFlags;
        for (const auto& group : redFlags.groups) {
            for (const auto& sign : group.signs) {
                INFO(sign.id);
                CHECK_FALSE(sign.sources.empty());
            }
        }
        for (const auto* action : {&redFlags.ambulance, &redFlags.sameDay, &redFlags.soon}) {
            CHECK_FALSE(action->sources.empty());
        }
        CHECK_FALSE(redFlags.care.sources.empty());
        CHECK_FALSE(redFlags.sameDayAdvice.sources.empty());
        CHECK_FALSE(redFlags.soonAdvice.sources.empty());
    }

    SECTION("three steps in order: heat, medicate, identify") {
        REQUIRE(bundle->steps.size() == 3);
        CHECK(bundle->steps[0].id == "heat");
        CHECK(bundle->steps[1].id == "medicate");
        CHECK(bundle->steps[2].id == "identify");
        REQUIRE(bundle->step("medicate"));
        CHECK(bundle->step("nope") == nullptr);
    }

    SECTION("three heat products with their bullets and the disclosure") {
        const auto& blocks = bundle->step("heat")->blocks;
        auto products = std::find_if(blocks.begin(), blocks.end(),
                                     [](const Block& b) { return std::holds_alternative<ProductsBlock>(b); });
        REQUIRE(products != blocks.end());
        const auto& block = std::get<ProductsBlock>(*products);
        REQUIRE(block.items.size() == 3);
        CHECK(block.items[0].name == "ThermaCare Advanced Back & Hip");
        CHECK(block.items[0].bullets.size() == 5);
        CHECK(block.disclosure.find("commission") != std::string::npos);
        for (const auto& item : block.items) {
            CHECK(item.url.rfind("https://", 0) == 0);
        }
    }

    SECTION("the medication log's names: the seed's three muscle relaxants, names only") {
        const auto& names = bundle->step("medicate")->medicationNames;
        REQUIRE(names.size() == 3);
        CHECK(names[0] == "Methocarbamol (Robaxin)");
        for (const auto& name : names) {
            CHECK(name.find("mg") == std::string::npos);
        }
        CHECK(bundle->step("heat")->medicationNames.empty());
    }

    SECTION("six patterns") {
        CHECK(bundle->patterns.size() == 6);
    }

    SECTION("every cited source exists") {
        for (const auto& group : bundle->redFlags.groups) {
            for (const auto& sign : group.signs) {
                for (const auto& id : sign.sources) {
                    CHECK(bundle->source(id) != nullptr);
                }
            }
        }
    }

    SECTION("emergency numbers are found by the exact region code, and an unknown one finds none") {
        CHECK(bundle->emergencyNumbers.find("GB")->emergency == "999");
        CHECK(bundle->emergencyNumbers.find("GB")->sameDay == "111");
        CHECK(bundle->emergencyNumbers.find("AU")->emergency == "000");
        CHECK(bundle->emergencyNumbers.find("ZZ") == nullptr);
    }
}

TEST_CASE("the validator accepts the shipped content root, every locale, without a warning") {
    ContentValidator validator(std::chrono::sys_days{std::chrono::December / 7 / 2026});
    const auto diagnostics = validator.validateRoot(SPASMGUIDE_CONTENT_DIR);
    INFO(allDiagnostics(diagnostics));
    // Only the note on which Roland-Morris form Spanish shows (test_measures_content.cpp).
    CHECK(countOf(diagnostics, Severity::Error) == 0);
    CHECK(countOf(diagnostics, Severity::Warning) == 0);
    CHECK(countOf(diagnostics, Severity::Note) == 1);
}

TEST_CASE("trusted loading gives the same bundle as full validation") {
    ContentLoader loader;
    const DirectoryContentFiles files(SPASMGUIDE_CONTENT_DIR);
    const auto trusted = loader.loadTrusted(files, "en");
    const auto full = loader.load(files, "en");
    REQUIRE(trusted.bundle);
    REQUIRE(full.bundle);
    CHECK(trusted.diagnostics.empty());
    CHECK(trusted.bundle->manifest.version == full.bundle->manifest.version);
    CHECK(trusted.bundle->steps.size() == full.bundle->steps.size());
    CHECK(trusted.bundle->redFlags.signsWith(SignAction::Ambulance).size() ==
          full.bundle->redFlags.signsWith(SignAction::Ambulance).size());
    CHECK(trusted.bundle->redFlags.escalations.size() == full.bundle->redFlags.escalations.size());
}
