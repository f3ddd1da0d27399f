// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/measures/rmdq_form.h"

namespace spasmguide {

std::string_view rmdqInstructions() {
    return "When your back hurts, you may find it difficult to do some of the things you normally do. This list "
           "contains sentences that people have used to describe themselves when they have back pain. When you read "
           "them, you may find that some stand out because they describe you today. As you read the list, think of "
           "yourself today. When you read a sentence that describes you today, put a tick against it. If the "
           "sentence does not describe you, then leave the space blank and go on to the next one. Remember, only "
           "tick the sentence if you are sure it describes you today.";
}

const std::array<std::string_view, kRmdqStatementCount>& rmdqStatements() {
    static constexpr std::array<std::string_view, kRmdqStatementCount> kStatements{
        "I stay at home most of the time because of my back.",
        "I change position frequently to try and get my back comfortable.",
        "I walk more slowly than usual because of my back.",
        "Because of my back I am not doing any of the jobs that I usually do around the house.",
        "Because of my back, I use a handrail to get upstairs.",
        "Because of my back, I lie down to rest more often.",
        "Because of my back, I have to hold on to something to get out of an easy chair.",
        "Because of my back, I try to get other people to do things for me.",
        "I get dressed more slowly than usual because of my back.",
        "I only stand for short periods of time because of my back.",
        "Because of my back, I try not to bend or kneel down.",
        "I find it difficult to get out of a chair because of my back.",
        "My back is painful almost all the time.",
        "I find it difficult to turn over in bed because of my back.",
        "My appetite is not very good because of my back pain.",
        "I have trouble putting on my socks (or stockings) because of the pain in my back.",
        "I only walk short distances because of my back.",
        "I sleep less well because of my back.",
        "Because of my back pain, I get dressed with help from someone else.",
        "I sit down for most of the day because of my back.",
        "I avoid heavy jobs around the house because of my back.",
        "Because of my back pain, I am more irritable and bad tempered with people than usual.",
        "Because of my back, I go upstairs more slowly than usual.",
        "I stay in bed most of the time because of my back.",
    };
    return kStatements;
}

} // namespace spasmguide
