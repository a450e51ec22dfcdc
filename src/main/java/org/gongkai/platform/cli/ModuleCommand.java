package org.gongkai.platform.cli;

/**
 * A module's top-level subcommand of {@code ./gongkai}. Each module declares its own in
 * {@code META-INF/services/org.gongkai.platform.cli.ModuleCommand}; {@link GongkaiCommand#commandLine} adds every
 * one it finds, so neither the platform nor the application class names a module's command.
 */
public interface ModuleCommand {}
