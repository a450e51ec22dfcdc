package org.gongkai.requests;

import org.springframework.context.MessageSourceResolvable;

/** A message argument that is itself a bundle key (e.g. the Chinese name of a state), resolved at the edge. */
public record MessageKey(String code) implements MessageSourceResolvable {

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public String getDefaultMessage() {
        return code;
    }
}
