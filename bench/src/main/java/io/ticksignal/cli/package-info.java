/**
 * The {@code ticksignal} command line: one executable whose subcommands are thin adapters
 * over the modules' APIs. It lives in the bench module because bench sits at the top of the
 * module graph (codecs, config &lt;- engine &lt;- replay &lt;- bench) and so sees every command's code.
 * <p>
 * Exit codes: 0 success, 1 a user error (bad file, invalid config), 2 a usage error.
 */
package io.ticksignal.cli;
