#pragma once

#include <QStringList>

namespace hwapp {

// Headless subcommands. Returns the process exit code: 0 ok, 2 bad input, 1 internal failure.
bool isSubcommand(const QString &word);
int runCli(const QStringList &arguments);

} // namespace hwapp
