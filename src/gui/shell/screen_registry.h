// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>
#include <vector>

namespace spasmguide {

struct ContentBundle;
class ScreenPage;

// What a screen needs before it is offered; without it the screen is neither listed nor made.
enum class ScreenNeeds { Nothing, Log, Settings, Finder };

// What a content reload does to a screen already made.
enum class OnContentReload {
    Rebuilt,      // dropped, and made again from the new content when next shown
    Kept,         // kept as it is: nothing on it comes from the content
    TakesContent, // kept and handed the new content, so what the person entered or started stays
};

// Everything the window knows about one screen. Adding a screen is one of these, registered by its feature.
struct ScreenSpec {
    QString id{};        // a screens:: constant; for a family, the prefix of its ids
    bool family = false; // one screen per content step: the ids are `id` + the step's id
    ScreenNeeds needs = ScreenNeeds::Nothing;
    std::function<ScreenPage*(const QString& screenId)> create{}; // null when there is no such screen (a step gone)
    std::function<void(const QString& screenId)> refresh{};       // before each showing; may be empty
    OnContentReload onReload = OnContentReload::Rebuilt;
    std::function<void(const ContentBundle& content)> takeContent{}; // with TakesContent
    std::function<void()> forget{};                                  // the screen was dropped; may be empty
    bool readAloudButton = false; // a "Read aloud" footer button (the action works on every screen)
};

// The typed pointer to one screen, for the part of the window that talks to it: filled when the registry makes the
// screen, cleared when a content reload drops it, so no one casts a ScreenPage back to what it is.
template <typename T> class ScreenSlot final {
public:
    explicit ScreenSlot(QString screenId) : m_id(std::move(screenId)) {}
    ScreenSlot(const ScreenSlot&) = delete;
    ScreenSlot& operator=(const ScreenSlot&) = delete;

    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] T* made() const { return m_page; } // null until made, and once dropped
    void hold(T* page) { m_page = page; }
    void release() { m_page = nullptr; }

private:
    QString m_id;
    T* m_page = nullptr;
};

// The screens in the order a person meets them (--screenshot-all and the accessibility tests walk that order).
class ScreenRegistry final {
public:
    void add(ScreenSpec spec);
    // A screen held in `slot`: `make(screenId)` builds it (a T*); `spec` says the rest (its id and forget are set).
    template <typename T, typename Make> void add(ScreenSlot<T>& slot, Make make, ScreenSpec spec = {}) {
        spec.id = slot.id();
        spec.create = [&slot, make](const QString& screenId) -> ScreenPage* {
            T* page = make(screenId);
            slot.hold(page);
            return page;
        };
        spec.forget = [&slot] { slot.release(); };
        add(std::move(spec));
    }
    // The spec of `screenId`: its own, else the family it starts with; null for an unknown id.
    [[nodiscard]] const ScreenSpec* find(const QString& screenId) const;
    [[nodiscard]] const std::vector<ScreenSpec>& specs() const { return m_specs; }

private:
    std::vector<ScreenSpec> m_specs;
};

} // namespace spasmguide
