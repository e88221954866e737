package org.castellan.cli.internal;

import org.castellan.store.InstallationFolder;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The command line as an Eclipse application ({@code org.castellan.cli.application}), headless:
 * the installation folder of the instance location ({@code -data DIR}, as the workbench), the
 * process's console and streams, and {@link CommandLine} does the rest. Returns its exit code.
 */
public final class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = given instanceof String[] strings ? strings : new String[0];
        context.applicationRunning();
        CommandLine commandLine = new CommandLine(FrameworkUtil.getBundle(getClass()).getBundleContext(),
                InstallationFolder.resolve(Platform.getInstanceLocation()), SystemTerminal.create(), System.getenv(), System.out, System.err);
        return Integer.valueOf(commandLine.run(args));
    }

    @Override
    public void stop() {
        // A command runs to its end (a password prompt or one service call); castellan server runs until asked to stop.
        ServerCommand.stopRunning();
    }
}
