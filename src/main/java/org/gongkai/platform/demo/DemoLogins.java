package org.gongkai.platform.demo;

/** A demo contributor that can repeat its logins when the demo restarts on existing data. */
public interface DemoLogins {

    void printLogins(DemoContributor.DemoLog log);
}
