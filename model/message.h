#pragma once

// Sentences for people that the interface translates: an English template with %1..%9 markers and its
// arguments (names and numbers, already formatted). The template is also the translation key: ui/
// looks it up in the "hw::Message" context, lupdate finds it through QT_TRANSLATE_NOOP (defined here
// exactly as Qt defines it, so that no Qt header is needed), and english() fills it in as written.

#include <string>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace hw {

struct Message
{
    const char *text = "";
    std::vector<std::string> args;
};

// Replaces %1..%9 in text by args; any other % stays as it is.
std::string fill(const std::string &text, const std::vector<std::string> &args);
// The parts in English, joined by spaces.
std::string english(const std::vector<Message> &parts);

} // namespace hw
