#include "model/message.h"

namespace hw {

std::string fill(const std::string &text, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (text[i] == '%' && next >= '1' && next <= '9' && std::size_t(next - '1') < args.size()) {
            out += args[std::size_t(next - '1')];
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string english(const std::vector<Message> &parts)
{
    std::string out;
    for (const Message &m : parts) {
        if (!out.empty())
            out += ' ';
        out += fill(m.text, m.args);
    }
    return out;
}

} // namespace hw
